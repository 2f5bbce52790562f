using CampusG.Messaging.Serialization;
using CampusG.Messaging.Telemetry;
using CampusG.Messaging.Transport;
using CampusG.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Messaging.Outbox;

/// <summary>
/// Publishes one module's outbox: oldest first, in batches, nudged by commits and polling as a safety net.
/// Several batches may be with the transport at once (up to <see cref="MessagingOptions.RelayMaxInFlight"/>
/// messages), so one slow subscriber does not hold back the others; a row is marked published when the transport
/// took it. A batch the transport refuses stays in the outbox with a backoff, and while any row waits out a backoff
/// the relay reads from the head of the outbox, so later messages of the same correlation id wait behind it
/// (decision 020).
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
    WriteGate<TDbContext> writes,
    ILogger<OutboxRelay<TDbContext>> logger) : BackgroundService
    where TDbContext : DbContext
{
    private readonly MessagingOptions _options = options.Value;
    private readonly List<InFlightBatch> _inFlight = [];
    private readonly HashSet<long> _dispatched = [];
    private long _cursor;
    private bool _backoffPending = true;
    private DateTime _nextHeadScan;
    private DateTime _nextCleanup;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Every endpoint of this process subscribes while the host starts; publish only after that.
        await WaitForStartAsync(stoppingToken);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await SettleFinishedAsync();
                while (_dispatched.Count < _options.RelayMaxInFlight && await DispatchBatchAsync(stoppingToken) == _options.RelayBatchSize)
                {
                    // a full batch: more may be waiting
                }

                await CleanupAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                MessagingLog.RelayFailed(logger, ex, endpoint);
            }

            // a commit, a batch the transport finished with, or the poll interval
            await signal.WaitAsync(_options.RelayPollInterval, time, stoppingToken);
        }
    }

    /// <summary>Reads the next batch and hands it to the transport without waiting for it; returns how many rows it sent.</summary>
    internal async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var ready = await ReadAsync(db, now, cancellationToken);
        if (ready.Count == 0)
        {
            return 0; // nothing new, or everything is waiting out a backoff or already with the transport
        }

        var batch = ready.ConvertAll(m => new TransportMessage(m.MessageId, m.Type, m.CorrelationId, EnvelopeSerializer.Write(m, endpoint)));
        var publish = transport.PublishAsync(batch, cancellationToken);
        _ = publish.ContinueWith(Finished, signal, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        _inFlight.Add(new InFlightBatch(ready, publish));
        foreach (var row in ready)
        {
            _dispatched.Add(row.Sequence);
            _cursor = Math.Max(_cursor, row.Sequence);
        }

        return ready.Count;
    }

    // Wakes the loop to settle the batch; observes a failure, which the loop reads again when it backs off.
    private static void Finished(Task publish, object? signal)
    {
        _ = publish.Exception;
        ((OutboxSignal<TDbContext>)signal!).Nudge();
    }

    /// <summary>
    /// The unpublished rows to send next. Past the last dispatched row while the pipeline runs; from the head of the
    /// outbox when nothing is in flight, while a row waits out a backoff, and once per poll interval, which picks up
    /// a row that committed after later ones were read (PostgreSQL assigns sequences before commit).
    /// </summary>
    private async Task<List<OutboxMessage>> ReadAsync(TDbContext db, DateTime now, CancellationToken cancellationToken)
    {
        var unpublished = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.PublishedAt == null);
        if (_inFlight.Count > 0 && !_backoffPending && now < _nextHeadScan)
        {
            var cursor = _cursor;
            return await unpublished.Where(m => m.Sequence > cursor).OrderBy(m => m.Sequence).Take(_options.RelayBatchSize).ToListAsync(cancellationToken);
        }

        _nextHeadScan = now + _options.RelayPollInterval;
        var head = await unpublished.OrderBy(m => m.Sequence).Take(_dispatched.Count + _options.RelayBatchSize).ToListAsync(cancellationToken);
        _backoffPending = head.Exists(m => m.NextAttemptAt > now);
        var ready = SelectReady(head, now);
        return ready.Count > _options.RelayBatchSize ? ready[.._options.RelayBatchSize] : ready;
    }

    /// <summary>Marks what the transport took as published; what it refused waits out a backoff.</summary>
    private async Task SettleFinishedAsync()
    {
        var finished = _inFlight.FindAll(b => b.Publish.IsCompleted);
        if (finished.Count == 0)
        {
            return;
        }

        _inFlight.RemoveAll(b => b.Publish.IsCompleted);
        try
        {
            // one commit for everything that finished, taken in turn with the module's other writers
            using var turn = await writes.EnterAsync(CancellationToken.None);
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync(CancellationToken.None);
            var published = finished.Where(b => b.Publish.IsCompletedSuccessfully).SelectMany(b => b.Rows).ToList();
            if (published.Count > 0)
            {
                var sequences = published.ConvertAll(m => m.Sequence);
                var publishedAt = time.GetUtcNow().UtcDateTime;
                await db.Set<OutboxMessage>().Where(m => sequences.Contains(m.Sequence))
                    .ExecuteUpdateAsync(s => s.SetProperty(m => m.PublishedAt, publishedAt), CancellationToken.None);
                metrics.Published(endpoint, published, publishedAt);
            }

            foreach (var refused in finished.Where(b => !b.Publish.IsCompletedSuccessfully))
            {
                await BackOffAsync(db, refused);
            }

            await transaction.CommitAsync(CancellationToken.None);
        }
        finally
        {
            // Even if marking failed: the rows are unpublished and no longer in flight, so a head scan sends them again.
            finished.ForEach(b => b.Rows.ForEach(m => _dispatched.Remove(m.Sequence)));
        }
    }

    private async Task BackOffAsync(TDbContext db, InFlightBatch refused)
    {
        var error = refused.Publish.Exception?.GetBaseException() ?? new OperationCanceledException("The transport did not take the batch.");
        var attempts = refused.Rows.Max(m => m.Attempts) + 1;
        var retryAt = time.GetUtcNow().UtcDateTime + Backoff.For(attempts, _options.RetryBaseDelay, _options.RetryMaxDelay * 3);
        var sequences = refused.Rows.ConvertAll(m => m.Sequence);
        await db.Set<OutboxMessage>().Where(m => sequences.Contains(m.Sequence)).ExecuteUpdateAsync(
            s => s.SetProperty(m => m.Attempts, m => m.Attempts + 1)
                  .SetProperty(m => m.NextAttemptAt, retryAt)
                  .SetProperty(m => m.LastError, error.Message),
            CancellationToken.None);
        _backoffPending = true;
        MessagingLog.PublishFailed(logger, error, endpoint, refused.Rows.Count, attempts);
    }

    // Rows waiting out a backoff hold back every later row of their correlation id; rows with the transport are skipped.
    private List<OutboxMessage> SelectReady(List<OutboxMessage> rows, DateTime now)
    {
        HashSet<string>? blocked = null;
        var ready = new List<OutboxMessage>(rows.Count);
        foreach (var row in rows)
        {
            if (_dispatched.Contains(row.Sequence) || blocked?.Contains(row.CorrelationId) == true)
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

    private sealed record InFlightBatch(List<OutboxMessage> Rows, Task Publish);
}
