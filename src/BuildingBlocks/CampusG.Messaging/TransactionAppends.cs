using CampusG.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Messaging;

/// <summary>
/// Append-only rows of a message handler's transaction (sent messages, log lines) written without change tracking:
/// while the message endpoint runs a batch, code in its scope holds such rows in memory and registers a writer here;
/// just before the commit the endpoint has every writer add its rows to one <see cref="AppendBatch"/>, with the inbox
/// rows last, and runs it on its connection and transaction (decisions 031 and 035: one round trip on PostgreSQL).
/// Outside a handler (<see cref="Holding"/> false) the same code writes as usual.
/// </summary>
public sealed class TransactionAppends<TDbContext>
    where TDbContext : DbContext
{
    private readonly List<(object Owner, Action<AppendBatch> Write)> _writers = [];
    private readonly List<Action> _afterCommit = [];

    /// <summary>Whether rows should be held for the commit rather than tracked.</summary>
    public bool Holding { get; private set; }

    /// <summary>
    /// Registers <paramref name="write"/>, once per <paramref name="owner"/>, to add the owner's held rows to the batch
    /// run just before the commit (in the order the owners registered).
    /// </summary>
    public void BeforeCommit(object owner, Action<AppendBatch> write)
    {
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(write);
        if (!Holding)
        {
            throw new InvalidOperationException("Rows can only be held inside a message handler's transaction.");
        }

        if (!_writers.Exists(w => ReferenceEquals(w.Owner, owner)))
        {
            _writers.Add((owner, write));
        }
    }

    internal void Hold() => Holding = true;

    internal void AfterCommit(Action action) => _afterCommit.Add(action);

    internal void AddTo(AppendBatch batch) => _writers.ForEach(writer => writer.Write(batch));

    internal void Committed() => _afterCommit.ForEach(action => action());
}
