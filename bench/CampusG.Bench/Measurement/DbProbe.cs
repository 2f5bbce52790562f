using System.Data.Common;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using CampusG.Bench.Modules;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CampusG.Bench.Measurement;

/// <summary>
/// Watches one module database: how long BEGIN waits for SQLite's write lock, how long COMMIT takes
/// (the WAL write and, with synchronous=FULL, its fsync), writes outside a transaction (the relay's
/// mark-published UPDATE), and the commit time of every chain row the transaction wrote.
/// </summary>
internal sealed class DbProbe(string database, ChainRecorder recorder) : IDbTransactionInterceptor, IDbCommandInterceptor, ISaveChangesInterceptor
{
    // The chain rows each context saved in its open transaction: the message pipeline untracks them after each save.
    private readonly ConditionalWeakTable<DbContext, List<IChainRow>> _saved = [];

    public string Database => database;

    /// <summary>BEGIN IMMEDIATE: waiting for the write lock (Microsoft.Data.Sqlite retries SQLITE_BUSY).</summary>
    public SampleLog BeginWaits { get; } = new();

    public SampleLog Commits { get; } = new();

    /// <summary>Autocommit writes: each is its own transaction and commit.</summary>
    public SampleLog AutocommitWrites { get; } = new();

    /// <summary>Chain rows written per committed transaction (the consumer batch size, as committed).</summary>
    public SampleLog RowsPerCommit { get; } = new();

    public void Reset()
    {
        BeginWaits.Clear();
        Commits.Clear();
        AutocommitWrites.Clear();
        RowsPerCommit.Clear();
    }

    public DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        BeginWaits.Add(eventData.Duration);
        return result;
    }

    public ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        BeginWaits.Add(eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => OnCommitted(eventData);

    public Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        OnCommitted(eventData);
        return Task.CompletedTask;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        OnNonQuery(command, eventData);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        OnNonQuery(command, eventData);
        return ValueTask.FromResult(result);
    }

    private void OnNonQuery(DbCommand command, CommandExecutedEventData eventData)
    {
        if (command.Transaction is null)
        {
            AutocommitWrites.Add(eventData.Duration);
        }
    }

    private void OnCommitted(TransactionEndEventData eventData)
    {
        var committedAt = Stopwatch.GetTimestamp();
        Commits.Add(eventData.Duration);
        if (eventData.Context is not { } context)
        {
            return;
        }

        if (!_saved.TryGetValue(context, out var rows))
        {
            RowsPerCommit.Add(0);
            return;
        }

        _saved.Remove(context);
        foreach (var row in rows)
        {
            recorder.Mark(row.Chain, row.CommittedStage, committedAt);
        }

        RowsPerCommit.Add(rows.Count);
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _saved.Remove(context);
        }
    }

    // Read what is tracked without DetectChanges: the stamps must stay cheap on the commit path.
    private void Remember(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var tracker = context.ChangeTracker;
        var detect = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            var rows = _saved.GetOrCreateValue(context);
            rows.AddRange(tracker.Entries<IChainRow>().Where(e => e.State == EntityState.Added).Select(e => e.Entity));
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detect;
        }
    }
}
