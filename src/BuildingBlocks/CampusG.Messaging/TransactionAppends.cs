using Microsoft.EntityFrameworkCore;

namespace CampusG.Messaging;

/// <summary>
/// Append-only rows of a message handler's transaction (sent messages, log lines) written without change tracking:
/// while the message endpoint runs a batch, code in its scope holds such rows in memory and registers a writer here;
/// the endpoint runs the writers on its connection and transaction just before the commit (decision 031). Outside a
/// handler (<see cref="Holding"/> false) the same code adds tracked entities as usual.
/// </summary>
public sealed class TransactionAppends<TDbContext>
    where TDbContext : DbContext
{
    private readonly List<(object Owner, Func<TDbContext, CancellationToken, Task> Write)> _writers = [];
    private readonly List<Action> _afterCommit = [];

    /// <summary>Whether rows should be held for the commit rather than tracked.</summary>
    public bool Holding { get; private set; }

    /// <summary>Registers <paramref name="write"/>, once per <paramref name="owner"/>, to run just before the commit.</summary>
    public void BeforeCommit(object owner, Func<TDbContext, CancellationToken, Task> write)
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

    internal async Task WriteAsync(TDbContext db, CancellationToken cancellationToken)
    {
        foreach (var (_, write) in _writers)
        {
            await write(db, cancellationToken);
        }
    }

    internal void Committed() => _afterCommit.ForEach(action => action());
}
