using System.Diagnostics;
using System.Globalization;
using CampusG.Bench.Measurement;
using CampusG.Bench.Modules;
using CampusG.Messaging.Outbox;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Bench;

/// <summary>
/// C producers, each committing one order row plus its outbox message per transaction in its own scope,
/// as an API request does; prints progress every second until every chain has completed.
/// </summary>
internal sealed class LoadDriver(IServiceProvider services, ChainRecorder recorder, BenchOptions options)
{
    private int _next = -1;
    private int _running = options.Concurrency;

    public long Started { get; private set; }

    /// <summary>When the last producer committed its last message.</summary>
    public long ProducersFinishedAt { get; private set; }

    /// <summary>Chains complete at <see cref="ProducersFinishedAt"/>: what the pipeline kept up with under load.</summary>
    public int CompletedWhenProducersFinished { get; private set; }

    public int PeakThreadPoolThreads { get; private set; }

    /// <summary>Requests whose commit failed (an API request would answer 500), with the first error.</summary>
    public int FailedRequests => recorder.Abandoned;

    public string? FirstError { get; private set; }

    /// <summary>True when every chain completed; false when nothing completed for the stall timeout.</summary>
    public async Task<bool> RunAsync(CancellationToken cancellationToken)
    {
        var started = Started = Stopwatch.GetTimestamp();
        var producers = Task.WhenAll(Enumerable.Range(0, options.Concurrency)
            .Select(_ => Task.Run(() => ProduceAsync(cancellationToken), cancellationToken)));
        var (lastTick, lastCompleted, lastChange) = (started, 0, started);
        while (!recorder.AllCompleted.IsCompleted)
        {
            await Task.WhenAny(recorder.AllCompleted, Task.Delay(TimeSpan.FromSeconds(1), cancellationToken));
            if (producers.IsFaulted)
            {
                await producers;
            }

            var now = Stopwatch.GetTimestamp();
            var completed = recorder.Completed;
            PeakThreadPoolThreads = Math.Max(PeakThreadPoolThreads, ThreadPool.ThreadCount);
            var rate = (completed - lastCompleted) / Stopwatch.GetElapsedTime(lastTick, now).TotalSeconds;
            var failed = FailedRequests > 0 ? $"  failed requests {FailedRequests}" : "";
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{Stopwatch.GetElapsedTime(started, now).TotalSeconds,6:F1}s] committed {recorder.Committed,7:N0}/{recorder.Chains:N0}" +
                $"  completed {completed,7:N0}/{recorder.Chains:N0}  {rate,7:N0}/s  pool threads {ThreadPool.ThreadCount}{failed}"));
            if (completed != lastCompleted)
            {
                lastChange = now;
            }
            else if (Stopwatch.GetElapsedTime(lastChange, now) > options.StallTimeout)
            {
                return false;
            }

            (lastTick, lastCompleted) = (now, completed);
        }

        await producers;
        return true;
    }

    private async Task ProduceAsync(CancellationToken cancellationToken)
    {
        try
        {
            await ProduceMessagesAsync(cancellationToken);
        }
        finally
        {
            if (Interlocked.Decrement(ref _running) == 0)
            {
                (ProducersFinishedAt, CompletedWhenProducersFinished) = (Stopwatch.GetTimestamp(), recorder.Completed);
            }
        }
    }

    private async Task ProduceMessagesAsync(CancellationToken cancellationToken)
    {
        int chain;
        while ((chain = Interlocked.Increment(ref _next)) < recorder.Chains)
        {
            // Each request starts as a new thread-pool work item, as a Kestrel request does. Without this a
            // producer never yields (Microsoft.Data.Sqlite completes its async calls synchronously) and the
            // producers hold every pool thread, starving the relays and endpoints.
            await Task.Yield();
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OrdersDb>();
            var outbox = scope.ServiceProvider.GetRequiredService<MessageOutbox<OrdersDb>>();
            var order = new OrderRow
            {
                Id = Guid.CreateVersion7(),
                Chain = chain,
                AmountMinor = 1_250 + (chain % 500),
                Status = "PLACED",
                PlacedAt = DateTime.UtcNow,
            };
            db.Orders.Add(order);
            var sentAt = Stopwatch.GetTimestamp();
            recorder.Mark(chain, Stage.Sent, sentAt);
            outbox.Send(new OrderPlaced(chain, order.Id, order.AmountMinor, sentAt), chain.ToString(CultureInfo.InvariantCulture));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (Exception ex) when ((ex as SqliteException ?? ex.InnerException as SqliteException) is { } error)
            {
                // e.g. SQLITE_BUSY past the 30 s Default Timeout: the request fails, the chain never starts
                FirstError ??= error.Message;
                recorder.Abandon();
            }
        }
    }
}
