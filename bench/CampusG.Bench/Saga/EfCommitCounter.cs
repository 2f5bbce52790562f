using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CampusG.Bench.Saga;

/// <summary>
/// Counts, per module DbContext, the write transactions (commits, plus writes run outside a transaction such as
/// the relay's mark-published UPDATE), their commit times and every command: EF Core's DiagnosticListener,
/// so the host's wiring is untouched.
/// </summary>
internal sealed class EfCommitCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private static readonly string Committed = RelationalEventId.TransactionCommitted.Name!;
    private static readonly string Executed = RelationalEventId.CommandExecuted.Name!;

    private readonly ConcurrentDictionary<string, ModuleCounts> _modules = new(StringComparer.Ordinal);
    private readonly List<IDisposable> _subscriptions = [];
    private readonly IDisposable _all;

    public EfCommitCounter() => _all = DiagnosticListener.AllListeners.Subscribe(this);

    public IReadOnlyDictionary<string, ModuleCounts> Modules => _modules;

    public void Reset() => _modules.Clear();

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == DbLoggerCategory.Name)
        {
            lock (_subscriptions)
            {
                _subscriptions.Add(value.Subscribe(this, name => name == Committed || name == Executed));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        switch (value.Value)
        {
            case TransactionEndEventData commit when value.Key == Committed:
                For(commit.Context).Commit(commit.Duration);
                break;
            case CommandExecutedEventData command when value.Key == Executed:
                var counts = For(command.Context);
                counts.Command();
                if (command.Command.Transaction is null && IsWrite(command.Command.CommandText))
                {
                    counts.Commit(command.Duration);
                }

                break;
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _all.Dispose();
        lock (_subscriptions)
        {
            _subscriptions.ForEach(s => s.Dispose());
        }
    }

    private ModuleCounts For(DbContext? context) =>
        _modules.GetOrAdd(context?.GetType().Name.Replace("PostgresDbContext", "", StringComparison.Ordinal).Replace("DbContext", "", StringComparison.Ordinal) ?? "?",
            static _ => new ModuleCounts());

    private static bool IsWrite(string sql)
    {
        var text = sql.AsSpan().TrimStart();
        return text.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase) || text.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase)
            || text.StartsWith("DELETE", StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>One module database's write transactions and commands.</summary>
internal sealed class ModuleCounts
{
    private long _commits;
    private long _commands;
    private long _commitTicks;

    public long Commits => Interlocked.Read(ref _commits);

    public long Commands => Interlocked.Read(ref _commands);

    public TimeSpan CommitTime => TimeSpan.FromTicks(Interlocked.Read(ref _commitTicks));

    public void Commit(TimeSpan duration)
    {
        Interlocked.Increment(ref _commits);
        Interlocked.Add(ref _commitTicks, duration.Ticks);
    }

    public void Command() => Interlocked.Increment(ref _commands);
}
