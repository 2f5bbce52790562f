using CampusG.Orders.Contracts;
using CampusG.Riders.Contracts;
using CampusG.Riders.Domain;
using CampusG.Riders.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampusG.Riders.Features;

/// <summary>
/// Matches menu orders waiting for a rider with free online riders: an online rider with no active delivery or open
/// offer, not the order's customer and not one who gave it back; the nearest to the restaurant when both points are
/// known, else the longest idle. The offer bumps the rider's version, so two orders offered the same rider at once
/// cannot both commit (the loser is retried and picks someone else). Orders decides the assignment itself.
/// </summary>
internal sealed class Dispatcher(RidersDbContext db, IOptions<RidersOptions> options)
{
    private RidersOptions Options => options.Value;

    /// <summary>Offers <paramref name="delivery"/> to the best free rider; the assignment to publish, or null (nobody free).</summary>
    public async Task<RiderAssigned?> OfferAsync(Delivery delivery, DateTime now, CancellationToken cancellationToken)
    {
        if (!delivery.WaitsForRider)
        {
            return null;
        }

        var free = await FreeRidersAsync(now, cancellationToken);
        var rider = Best(free.Where(r => r.UserId != delivery.CustomerId && !delivery.Declined.Contains(r.UserId)), delivery, now);
        return rider is null ? null : Offer(delivery, rider, now);
    }

    /// <summary>
    /// Offers <paramref name="rider"/> the longest-waiting order they may take; null when there is none or they are busy.
    /// <paramref name="finished"/> is an order the caller has just ended for them (not yet saved).
    /// </summary>
    public async Task<RiderAssigned?> OfferWaitingToAsync(Rider rider, DateTime now, CancellationToken cancellationToken, Guid? finished = null)
    {
        if (!rider.IsOnline(now, Options.OnlineTimeout) || await IsBusyAsync(rider.UserId, finished, cancellationToken))
        {
            return null;
        }

        var waiting = await db.Deliveries
            .Where(d => d.Status == OrderStatuses.Accepted && d.Kind == OrderKinds.Menu
                && d.EndedAt == null && d.RunnerId == null && d.OfferedRiderId == null && d.CustomerId != rider.UserId && d.OrderId != finished)
            .OrderBy(d => d.StatusAt)
            .Take(20)
            .ToListAsync(cancellationToken);
        var delivery = waiting.FirstOrDefault(d => d.WaitsForRider && !d.Declined.Contains(rider.UserId));
        return delivery is null ? null : Offer(delivery, rider, now);
    }

    public Task<bool> IsBusyAsync(Guid riderId, Guid? except, CancellationToken cancellationToken) =>
        db.Deliveries.AnyAsync(d => d.EndedAt == null && d.OrderId != except && (d.RunnerId == riderId || d.OfferedRiderId == riderId), cancellationToken);

    private static RiderAssigned Offer(Delivery delivery, Rider rider, DateTime now)
    {
        rider.Offered();
        delivery.Offer(rider.UserId, now);
        return new RiderAssigned(
            delivery.OrderId,
            rider.UserId,
            new DateTimeOffset(now, TimeSpan.Zero),
            new RiderPickup(delivery.RestaurantId ?? Guid.Empty, delivery.PickupAddress ?? ""));
    }

    private async Task<List<Rider>> FreeRidersAsync(DateTime now, CancellationToken cancellationToken)
    {
        var since = now - Options.OnlineTimeout;
        var online = await db.Riders.Where(r => r.Online && r.LastSeenAt >= since).ToListAsync(cancellationToken);
        if (online.Count == 0)
        {
            return online;
        }

        var ids = online.Select(r => r.UserId).ToList();
        var busy = await db.Deliveries
            .Where(d => d.EndedAt == null
                && ((d.RunnerId != null && ids.Contains(d.RunnerId.Value)) || (d.OfferedRiderId != null && ids.Contains(d.OfferedRiderId.Value))))
            .Select(d => new { d.RunnerId, d.OfferedRiderId })
            .ToListAsync(cancellationToken);
        var taken = busy.SelectMany(b => new[] { b.RunnerId, b.OfferedRiderId }).OfType<Guid>().ToHashSet();
        return [.. online.Where(r => !taken.Contains(r.UserId))];
    }

    /// <summary>The nearest to the pickup among riders whose position is known, else the longest idle.</summary>
    private Rider? Best(IEnumerable<Rider> candidates, Delivery delivery, DateTime now)
    {
        var list = candidates.ToList();
        if (delivery.PickupLat is { } lat && delivery.PickupLng is { } lng)
        {
            var nearest = list
                .Select(r => (Rider: r, Point: r.DispatchPoint(now, Options.OnlineTimeout)))
                .Where(x => x.Point is not null)
                .OrderBy(x => EtaEstimate.MetersBetween(x.Point!.Value, (lat, lng)))
                .ThenBy(x => x.Rider.IdleSince)
                .Select(x => x.Rider)
                .FirstOrDefault();
            if (nearest is not null)
            {
                return nearest;
            }
        }

        return list.OrderBy(r => r.IdleSince).ThenBy(r => r.UserId).FirstOrDefault();
    }
}
