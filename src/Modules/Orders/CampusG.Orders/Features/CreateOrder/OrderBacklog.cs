using CampusG.Orders.Contracts;
using CampusG.Orders.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CampusG.Orders.Features;

/// <summary>
/// Back-pressure for <c>POST /v1/orders</c>: the orders whose Create Order saga has not finished, as Orders sees them
/// (still PENDING_PAYMENT), counted with one indexed <c>COUNT</c> at most every <see cref="RefreshInterval"/>, plus what
/// this process placed since that count and is placing now (a burst between two counts, or while a count is slow under
/// load, would otherwise all get through). At <see cref="OrdersOptions.MaxBacklog"/> or more a placement is refused with <c>503 OVERLOADED</c> before anything is
/// written, and <c>Retry-After</c> is how long the excess takes to drain at the rate measured between counts.
/// </summary>
internal sealed class OrderBacklog(IServiceScopeFactory scopes, IOptions<OrdersOptions> options, TimeProvider time)
{
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan MaxRetryAfter = TimeSpan.FromSeconds(30);

    /// <summary>
    /// An order still PENDING_PAYMENT this long after it was placed is stuck (its saga gave up), not queued: it is the
    /// operators' (the saga pages) and does not count, or a few stuck orders would close ordering for good.
    /// </summary>
    private static readonly TimeSpan QueuedAtMost = TimeSpan.FromMinutes(10);

    private readonly SemaphoreSlim _counting = new(1, 1);
    private Count _last = new(0, 0, long.MinValue);
    private double _drainedPerSecond;
    private long _placed;
    private int _placing;

    /// <summary>
    /// Admits one placement or throws <c>503 OVERLOADED</c>; dispose the admission when the placement is over, and call
    /// <see cref="Admission.Placed"/> if it created an order (not a replay).
    /// </summary>
    public async ValueTask<Admission> AdmitAsync(CancellationToken cancellationToken)
    {
        var max = options.Value.MaxBacklog;
        if (max > 0)
        {
            await ThrowIfOverloadedAsync(max, cancellationToken);
        }

        Interlocked.Increment(ref _placing);
        return new Admission(this);
    }

    private async ValueTask ThrowIfOverloadedAsync(int max, CancellationToken cancellationToken)
    {

        var last = Volatile.Read(ref _last);
        if (last.At == long.MinValue || time.GetElapsedTime(last.At) >= RefreshInterval)
        {
            last = await RecountAsync(cancellationToken);
        }

        var waiting = last.Waiting + (int)(Interlocked.Read(ref _placed) - last.Placed) + Volatile.Read(ref _placing);
        if (waiting >= max)
        {
            throw ApiErrors.Overloaded(
                RetryAfter(waiting - max + 1),
                $"{waiting} orders are waiting to be confirmed; no order was placed. Try again after the time in Retry-After.");
        }
    }

    /// <summary>One caller counts while the others use the last count; the first count is waited for by everyone.</summary>
    private async ValueTask<Count> RecountAsync(CancellationToken cancellationToken)
    {
        var waitForIt = Volatile.Read(ref _last).At == long.MinValue;
        if (!(waitForIt ? await _counting.WaitAsync(Timeout.Infinite, cancellationToken) : _counting.Wait(0)))
        {
            return Volatile.Read(ref _last);
        }

        try
        {
            var previous = Volatile.Read(ref _last);
            if (previous.At != long.MinValue && time.GetElapsedTime(previous.At) < RefreshInterval)
            {
                return previous; // counted while this caller waited
            }

            var placed = Interlocked.Read(ref _placed);
            var at = time.GetTimestamp();
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<OrdersDbContext>();
            var since = time.GetUtcNow().UtcDateTime - QueuedAtMost;
            var waiting = await db.Orders.CountAsync(o => o.Status == OrderStatuses.PendingPayment && o.CreatedAt > since, cancellationToken);
            var current = new Count(waiting, placed, at);
            if (previous.At != long.MinValue)
            {
                // Left PENDING_PAYMENT since the last count = what waited then + what arrived since − what waits now.
                var seconds = time.GetElapsedTime(previous.At, at).TotalSeconds;
                var drained = previous.Waiting + (placed - previous.Placed) - waiting;
                var rate = Math.Max(0, drained) / seconds;
                _drainedPerSecond = _drainedPerSecond == 0 ? rate : (0.7 * _drainedPerSecond) + (0.3 * rate);
            }

            Volatile.Write(ref _last, current);
            return current;
        }
        finally
        {
            _counting.Release();
        }
    }

    private TimeSpan RetryAfter(int excess)
    {
        var rate = _drainedPerSecond;
        var seconds = rate > 0 ? Math.Ceiling(excess / rate) : MaxRetryAfter.TotalSeconds;
        return TimeSpan.FromSeconds(Math.Clamp(seconds, 1, MaxRetryAfter.TotalSeconds));
    }

    private sealed record Count(int Waiting, long Placed, long At);

    /// <summary>One placement in progress.</summary>
    public sealed class Admission(OrderBacklog backlog) : IDisposable
    {
        private int _done;

        /// <summary>The placement created an order: it now waits for its saga (counted until the next count sees it).</summary>
        public void Placed() => Interlocked.Increment(ref backlog._placed);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                Interlocked.Decrement(ref backlog._placing);
            }
        }
    }
}
