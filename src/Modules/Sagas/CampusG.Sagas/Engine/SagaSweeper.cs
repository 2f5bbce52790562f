using CampusG.Messaging.Outbox;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Sagas.Engine;

/// <summary>
/// Every <see cref="SagasOptions.SweepInterval"/>, finds running or compensating sagas past their step
/// deadline and applies the saga's timeout step to each, one instance per transaction. A step whose command is still
/// in the module's outbox (in process, a row stays unpublished until every subscriber has handled it) gets more time
/// instead: re-sending it would only add to the backlog that delays it.
/// </summary>
internal sealed partial class SagaSweeper(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<SagasOptions> options, IEnumerable<ISagaKind> kinds, ILogger<SagaSweeper> logger)
    : BackgroundService
{
    private const int BatchSize = 100;

    private readonly Dictionary<string, ISagaKind> _kinds = kinds.ToDictionary(k => k.Type, StringComparer.Ordinal);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(logger, ex);
            }
        }
    }

    /// <summary>One pass; returns how many instances got their timeout step.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var due = await DueAsync(cancellationToken);
        var swept = 0;
        foreach (var id in due)
        {
            swept += await TimeOutAsync(id, cancellationToken) ? 1 : 0;
        }

        return swept;
    }

    private async Task<List<Guid>> DueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SagasDbContext>().Sagas.AsNoTracking()
            .Where(s => (s.State == SagaStates.Running || s.State == SagaStates.Compensating) && s.StepDeadline <= now)
            .OrderBy(s => s.StepDeadline)
            .Select(s => s.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);
    }

    private async Task<bool> TimeOutAsync(Guid id, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SagasDbContext>();
        var instance = await db.Sagas.SingleAsync(s => s.Id == id, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (!SagaStates.IsActive(instance.State) || instance.StepDeadline > now || !_kinds.TryGetValue(instance.Type, out var kind))
        {
            return false; // a reply moved it on since the query, or a type this process does not run
        }

        if (await StillQueuedAsync(db, instance.CorrelationId, cancellationToken))
        {
            // Its command has not left this module's outbox yet (a subscriber is behind): a re-send would only queue
            // a duplicate behind it. Wait another step timeout without using up a retry.
            instance.Postpone(now + options.Value.StepTimeout, now);
            LogPostponed(logger, instance.Type, instance.CorrelationId);
            await SaveAsync(db, instance, cancellationToken);
            return false;
        }

        var sink = new OutboxCommandSink(scope.ServiceProvider.GetRequiredService<MessageOutbox<SagasDbContext>>(), instance.CorrelationId);
        kind.OnStepTimeout(scope.ServiceProvider.GetRequiredService<SagaRunner>(), instance, sink);
        return await SaveAsync(db, instance, cancellationToken);
    }

    /// <summary>Whether a message of this saga's correlation id is still waiting to be published from the outbox.</summary>
    private static Task<bool> StillQueuedAsync(SagasDbContext db, string correlationId, CancellationToken cancellationToken) =>
        db.Set<OutboxMessage>().AnyAsync(m => m.PublishedAt == null && m.CorrelationId == correlationId, cancellationToken);

    private async Task<bool> SaveAsync(SagasDbContext db, SagaInstance instance, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            LogRaced(logger, instance.Type, instance.CorrelationId);
            return false; // a reply changed it first; the next pass sees the fresh deadline
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The saga sweep failed; the next pass tries again")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Saga {SagaType} {CorrelationId} passed its step deadline with its command still in the outbox; deadline moved")]
    private static partial void LogPostponed(ILogger logger, string sagaType, string correlationId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Saga {SagaType} {CorrelationId} changed while its timeout ran; skipped")]
    private static partial void LogRaced(ILogger logger, string sagaType, string correlationId);
}
