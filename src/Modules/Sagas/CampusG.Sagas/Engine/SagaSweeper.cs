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
/// deadline and applies the saga's timeout step to each, one instance per transaction.
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

        var sink = new OutboxCommandSink(scope.ServiceProvider.GetRequiredService<MessageOutbox<SagasDbContext>>(), instance.CorrelationId);
        kind.OnStepTimeout(scope.ServiceProvider.GetRequiredService<SagaRunner>(), instance, sink);
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

    [LoggerMessage(Level = LogLevel.Debug, Message = "Saga {SagaType} {CorrelationId} changed while its timeout ran; skipped")]
    private static partial void LogRaced(ILogger logger, string sagaType, string correlationId);
}
