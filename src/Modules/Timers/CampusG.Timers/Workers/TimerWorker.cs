using CampusG.Messaging;
using CampusG.Messaging.Outbox;
using CampusG.Timers.Contracts;
using CampusG.Timers.Domain;
using CampusG.Timers.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Timers.Workers;

/// <summary>
/// Fires due timers: each pass marks up to a batch of due SCHEDULED timers FIRED and writes their
/// <see cref="TimerFired"/> to the outbox in one SaveChanges, then sleeps until the next due time
/// (at most <see cref="TimersOptions.MaxWait"/>) or a nudge. Timers that fell due while the
/// process was down fire on the first pass. On PostgreSQL the pass claims its batch with
/// <c>FOR UPDATE SKIP LOCKED</c> in one transaction, so several workers split the due timers; everywhere
/// the UpdatedAt concurrency token makes each UPDATE conditional on the row being unchanged, so a timer
/// fires once even with several workers.
/// </summary>
internal sealed partial class TimerWorker(
    IServiceScopeFactory scopes,
    TimerWakeSignal signal,
    TimeProvider time,
    IOptions<TimersOptions> options,
    ILogger<TimerWorker> logger) : SignalledWorker(signal, time, logger)
{
    private readonly TimersOptions _options = options.Value;

    protected override TimeSpan AfterFailure => _options.MaxWait;

    protected override Task<TimeSpan> RunPassAsync(CancellationToken cancellationToken) => FireDueAsync(cancellationToken);

    /// <summary>Fires one batch of due timers; returns how long to wait before the next pass.</summary>
    internal async Task<TimeSpan> FireDueAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TimersDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<MessageOutbox<TimersDbContext>>();
        var now = Time.GetUtcNow().UtcDateTime;
        await using var claim = db.ClaimsWithRowLocks ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        var due = await db.DueTimers(now, _options.BatchSize).ToListAsync(cancellationToken);
        foreach (var timer in due.Where(t => t.Fire(now)))
        {
            outbox.Send(
                new TimerFired(timer.Id, timer.OrderId, timer.Purpose, timer.DueAt.AsUtc(), timer.FiredAt.AsUtc()!.Value),
                timer.OrderId.ToString());
        }

        if (due.Count > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            LogFired(logger, due.Count);
        }

        if (claim is not null)
        {
            await claim.CommitAsync(cancellationToken);
        }

        return due.Count == _options.BatchSize ? TimeSpan.Zero : await UntilNextDueAsync(db, now, cancellationToken);
    }

    private async Task<TimeSpan> UntilNextDueAsync(TimersDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var next = await db.Timers
            .Where(t => t.Status == TimerStatuses.Scheduled)
            .OrderBy(t => t.DueAt)
            .Select(t => (DateTime?)t.DueAt)
            .FirstOrDefaultAsync(cancellationToken);
        var untilNext = next is null ? _options.MaxWait : next.Value - now;
        return untilNext < _options.MaxWait ? untilNext : _options.MaxWait;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Fired {Count} timer(s)")]
    private static partial void LogFired(ILogger logger, int count);
}
