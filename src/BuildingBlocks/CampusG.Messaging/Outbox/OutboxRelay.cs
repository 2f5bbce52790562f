using CampusG.Messaging.Serialization;
using CampusG.Messaging.Telemetry;
using CampusG.Messaging.Transport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Messaging.Outbox;

/// <summary>
/// Publishes one module's outbox: oldest first, in batches, nudged by commits and polling as a
/// safety net. A batch the transport refuses stays in the outbox with a backoff; later messages
/// of the same correlation id wait behind it, so order per correlation id holds.
/// </summary>
internal sealed class OutboxRelay<TDbContext>(
    string endpoint,
    IServiceScopeFactory scopes,
    IMessageTransport transport,
    OutboxSignal<TDbContext> signal,
    IOptions<MessagingOptions> options,
    TimeProvider time,
    IHostApplicationLifetime lifetime,
    MessagingMetrics metrics,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private readonly MessagingOptions _options = options.Value;
    private DateTime _nextCleanup;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Every endpoint of this process subscribes while the host starts; publish only after that.
        await WaitForStartAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await PublishBatchAsync(stoppingToken) == _options.RelayBatchSize)
                {
                    // a full batch: more may be waiting
                }

                await CleanupAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                MessagingLog.RelayFailed(logger, ex, endpoint);
            }

            await signal.WaitAsync(_options.RelayPollInterval, time, stoppingToken);
        }
    }

    /// <summary>Publishes one batch; returns how many rows it read.</summary>
    internal async Task<int> PublishBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var rows = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.PublishedAt == null)
            .OrderBy(m => m.Sequence)
            .Take(_options.RelayBatchSize)
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return 0;
        }

        var now = time.GetUtcNow().UtcDateTime;
        var ready = SelectReady(rows, now);
        if (ready.Count == 0)
        {
            return 0; // everything is waiting out a backoff
        }

        var batch = ready.ConvertAll(m => new TransportMessage(m.MessageId, m.Type, m.CorrelationId, EnvelopeSerializer.Write(m, endpoint)));
        var sequences = ready.ConvertAll(m => m.Sequence);
        try
        {
            await transport.PublishAsync(batch, cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            var attempts = ready.Max(m => m.Attempts) + 1;
            var retryAt = now + Backoff.For(attempts, _options.RetryBaseDelay, _options.RetryMaxDelay * 3);
            await db.Set<OutboxMessage>().Where(m => sequences.Contains(m.Sequence)).ExecuteUpdateAsync(
                s => s.SetProperty(m => m.Attempts, m => m.Attempts + 1)
                      .SetProperty(m => m.NextAttemptAt, retryAt)
                      .SetProperty(m => m.LastError, ex.Message),
                CancellationToken.None);
            MessagingLog.PublishFailed(logger, ex, endpoint, ready.Count, attempts);
            return 0;
        }

        var publishedAt = time.GetUtcNow().UtcDateTime;
        await db.Set<OutboxMessage>().Where(m => sequences.Contains(m.Sequence))
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.PublishedAt, publishedAt), CancellationToken.None);
        metrics.Published(endpoint, ready, publishedAt);
        return rows.Count;
    }

    // Rows waiting out a backoff hold back every later row of their correlation id.
    private static List<OutboxMessage> SelectReady(List<OutboxMessage> rows, DateTime now)
    {
        HashSet<string>? blocked = null;
        var ready = new List<OutboxMessage>(rows.Count);
        foreach (var row in rows)
        {
            if (blocked?.Contains(row.CorrelationId) == true)
            {
                continue;
            }

            if (row.NextAttemptAt > now)
            {
                (blocked ??= new HashSet<string>(StringComparer.Ordinal)).Add(row.CorrelationId);
                continue;
            }

            ready.Add(row);
        }

        return ready;
    }

    private async Task CleanupAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (now < _nextCleanup)
        {
            return;
        }

        _nextCleanup = now + TimeSpan.FromMinutes(5);
        var cutoff = now - _options.Retention;
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        await db.Set<OutboxMessage>().Where(m => m.PublishedAt != null && m.PublishedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
        await db.Set<Inbox.InboxRecord>().Where(r => r.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }

    private async Task WaitForStartAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var onStarted = lifetime.ApplicationStarted.Register(() => started.TrySetResult());
        using var onStopping = stoppingToken.Register(() => started.TrySetCanceled(stoppingToken));
        await started.Task;
    }
}
