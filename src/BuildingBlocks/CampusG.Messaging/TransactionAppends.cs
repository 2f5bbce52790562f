using CampusG.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Messaging;

/// <summary>
/// Append-only rows of a message handler's transaction (sent messages, log lines) written without change tracking:
/// while the message endpoint runs a batch, code in its scope holds such rows here (<see cref="Hold{TRow}"/>); just
/// before the commit the endpoint adds every list of held rows to one <see cref="AppendBatch"/>, with the inbox
/// rows last, and runs it on its connection and transaction (decisions 031 and 035: one round trip on PostgreSQL).
/// Outside a handler (<see cref="Holding"/> false) the same code writes as usual.
/// </summary>
public sealed class TransactionAppends<TDbContext>
    where TDbContext : DbContext
{
    private readonly List<Action<AppendBatch>> _writers = [];
    private readonly List<Action> _afterCommit = [];

    /// <summary>Whether rows should be held for the commit rather than tracked.</summary>
    public bool Holding { get; private set; }

    /// <summary>
    /// Holds <paramref name="row"/> in <paramref name="held"/> (its owner's list of held rows) for the commit: the first
    /// row of a list registers it, and just before the commit <paramref name="add"/> puts the list's rows in the batch
    /// (lists in the order they were registered, each list's rows in the order held).
    /// </summary>
    public void Hold<TRow>(List<TRow> held, TRow row, Action<AppendBatch, IReadOnlyList<TRow>> add)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(add);
        if (!Holding)
        {
            throw new InvalidOperationException("Rows can only be held inside a message handler's transaction.");
        }

        if (held.Count == 0)
        {
            _writers.Add(batch =>
            {
                add(batch, [.. held]);
                held.Clear();
            });
        }

        held.Add(row);
    }

    internal void StartHolding() => Holding = true;

    internal void AfterCommit(Action action) => _afterCommit.Add(action);

    internal void AddTo(AppendBatch batch) => _writers.ForEach(write => write(batch));

    internal void Committed() => _afterCommit.ForEach(action => action());
}
