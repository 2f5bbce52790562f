using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.EntityFrameworkCore;

namespace CampusG.Bench.Peer;

/// <summary>Every order's submission and completion stamps (<see cref="Stopwatch"/> ticks), keyed by order id.</summary>
public sealed class PeerTracker(int orders)
{
    private readonly ConcurrentDictionary<Guid, Track> _tracks = new();
    private readonly long[] _completions = new long[orders];
    private int _accepted;
    private int _completed;
    private int _repeated;
    private int _failed;

    public int Orders { get; } = orders;

    /// <summary>Orders placed (committed with their <see cref="OrderCreated"/>).</summary>
    public int AcceptedCount => Volatile.Read(ref _accepted);

    public int Completed => Volatile.Read(ref _completed);

    public int Repeated => Volatile.Read(ref _repeated);

    public int Failed => Volatile.Read(ref _failed);

    public string? FirstError { get; private set; }

    /// <summary>Order <paramref name="orderId"/> is about to be placed (its id is chosen first, so no end can come before it).</summary>
    public void Submitting(Guid orderId, int sequence, long submittedAt) =>
        _tracks[orderId] = new Track { Sequence = sequence, SubmittedAt = submittedAt };

    public void Accepted() => Interlocked.Increment(ref _accepted);

    public void Failure(Guid orderId, string error)
    {
        _tracks.TryRemove(orderId, out _);
        FirstError ??= error;
        Interlocked.Increment(ref _failed);
    }

    /// <summary>A saga ended; one this tracker did not place (a warm-up order ending late) is not counted.</summary>
    public void Complete(Guid orderId, long at)
    {
        if (!_tracks.TryGetValue(orderId, out var track))
        {
            return;
        }

        if (Interlocked.CompareExchange(ref track.CompletedAt, at, 0) != 0)
        {
            Interlocked.Increment(ref _repeated);
            return;
        }

        _completions[Math.Min(Interlocked.Increment(ref _completed), _completions.Length) - 1] = at;
        track.Ended.TrySetResult();
    }

    public Task Ended(Guid orderId) => _tracks[orderId].Ended.Task;

    public long[] CompletionTimes()
    {
        var copy = _completions[..Math.Min(Completed, _completions.Length)];
        Array.Sort(copy);
        return copy;
    }

    /// <summary>Submission → completion in ms for the orders from <paramref name="firstSequence"/> on.</summary>
    public double[] Latencies(int firstSequence) =>
    [
        .. _tracks.Values.Where(t => t.SubmittedAt != 0 && t.CompletedAt != 0 && t.Sequence >= firstSequence)
            .Select(t => Stopwatch.GetElapsedTime(t.SubmittedAt, t.CompletedAt).TotalMilliseconds),
    ];

    private sealed class Track
    {
        public int Sequence { get; init; }

        public long SubmittedAt { get; init; }

        public long CompletedAt;
        public readonly TaskCompletionSource Ended = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>
/// Orders' placement, what CampusG's <c>OrderPlacement</c> does: the order, its first timeline entry and
/// <see cref="OrderCreated"/> commit in one transaction (Wolverine's EF Core outbox outside a handler).
/// </summary>
public static class OrderPlacement
{
    public static async Task PlaceAsync(IServiceProvider services, Guid orderId, Guid customerId, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var outbox = scope.ServiceProvider.GetRequiredService<IDbContextOutbox<PeerDb>>();
        var now = DateTime.UtcNow;
        var order = new OrderRow
        {
            Id = orderId,
            CustomerId = customerId,
            Description = "2x chicken rice from Koufu, no chilli",
            DeliveryLocation = "SMU SCIS 1, level 3 lobby",
            FoodFee = 8.50m,
            DeliveryFee = 2.00m,
            Status = OrderStatuses.PendingPayment,
            CreatedAt = now,
        };
        outbox.DbContext.Orders.Add(order);
        outbox.DbContext.OrderStatusChanges.Add(new OrderStatusChange { Id = Guid.NewGuid(), OrderId = order.Id, Status = order.Status, At = now });
        await outbox.PublishAsync(new OrderCreated(order.Id, customerId, order.FoodFee, order.DeliveryFee));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
    }
}

/// <summary>
/// C clients in a closed loop, as CampusG's <c>SagaLoad</c>: each places an order, waits until its saga ended, then
/// places the next. Prints a progress line every second; stops early when nothing completes for the stall timeout.
/// </summary>
public sealed class PeerLoad(IServiceProvider services, PeerTracker tracker, IReadOnlyList<Guid> customers, int concurrency, TimeSpan stallTimeout)
{
    private int _next = -1;

    public long StartedAt { get; private set; }

    public async Task<bool> RunAsync(Func<double> cpuSeconds, CancellationToken cancellationToken)
    {
        StartedAt = Stopwatch.GetTimestamp();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var clients = Task.WhenAll(Enumerable.Range(0, concurrency).Select(_ => Task.Run(() => ClientAsync(stop.Token), stop.Token)));
        var (lastTick, lastCompleted, lastChange, lastCpu) = (StartedAt, 0, StartedAt, cpuSeconds());
        while (!clients.IsCompleted)
        {
            await Task.WhenAny(clients, Task.Delay(TimeSpan.FromSeconds(1), cancellationToken));
            var (now, completed, cpu) = (Stopwatch.GetTimestamp(), tracker.Completed, cpuSeconds());
            var seconds = Stopwatch.GetElapsedTime(lastTick, now).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"[{Stopwatch.GetElapsedTime(StartedAt, now).TotalSeconds,6:F1}s] completed {completed,7:N0} {(completed - lastCompleted) / seconds,6:N0}/s" +
                $"  failed {tracker.Failed}  repeats {tracker.Repeated}  cpu {(cpu - lastCpu) / seconds:F2} cores"));
            if (completed != lastCompleted)
            {
                lastChange = now;
            }
            else if (Stopwatch.GetElapsedTime(lastChange, now) > stallTimeout)
            {
                await stop.CancelAsync();
                return false;
            }

            (lastTick, lastCompleted, lastCpu) = (now, completed, cpu);
        }

        await clients;
        return true;
    }

    private async Task ClientAsync(CancellationToken cancellationToken)
    {
        int sequence;
        while ((sequence = Interlocked.Increment(ref _next)) < tracker.Orders)
        {
            var orderId = Guid.NewGuid();
            tracker.Submitting(orderId, sequence, Stopwatch.GetTimestamp());
            try
            {
                await OrderPlacement.PlaceAsync(services, orderId, customers[sequence % customers.Count], cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                tracker.Failure(orderId, ex.Message);
                continue;
            }

            tracker.Accepted();
            await tracker.Ended(orderId).WaitAsync(cancellationToken);
        }
    }
}
