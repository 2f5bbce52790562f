using CampusG.Messaging;
using CampusG.Notifications.Contracts;
using CampusG.Persistence;
using CampusG.Riders.Contracts;
using CampusG.Riders.Domain;
using CampusG.Riders.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampusG.Riders.Features;

/// <summary>Loads (or starts) the module's records of an order and a rider, and the ETA this module publishes.</summary>
internal sealed class DeliveryBook(RidersDbContext db, IOptions<RidersOptions> options)
{
    // Every order event passes here: compiled look-ups, no per-call expression work (issue 18).
    private static readonly CompiledQuery<Func<RidersDbContext, Guid, CancellationToken, Task<Delivery?>>> DeliveryByOrder =
        new(() => EF.CompileAsyncQuery((RidersDbContext db, Guid orderId, CancellationToken cancellationToken) =>
            db.Deliveries.SingleOrDefault(d => d.OrderId == orderId)));

    private static readonly CompiledQuery<Func<RidersDbContext, Guid, CancellationToken, Task<Rider?>>> RiderByUser =
        new(() => EF.CompileAsyncQuery((RidersDbContext db, Guid userId, CancellationToken cancellationToken) =>
            db.Riders.SingleOrDefault(r => r.UserId == userId)));

    /// <summary>An ETA that moved less than this is not worth a message.</summary>
    private static readonly TimeSpan EtaStep = TimeSpan.FromMinutes(1);

    public async Task<Delivery> DeliveryAsync(Guid orderId, Guid customerId, CancellationToken cancellationToken)
    {
        var delivery = await DeliveryByOrder.For(db)(db, orderId, cancellationToken);
        if (delivery is null)
        {
            delivery = Delivery.New(orderId);
            db.Deliveries.Add(delivery);
        }

        delivery.KnowCustomer(customerId);
        return delivery;
    }

    public async Task<Rider> RiderAsync(Guid userId, DateTime now, CancellationToken cancellationToken)
    {
        var rider = await RiderByUser.For(db)(db, userId, cancellationToken);
        if (rider is null)
        {
            rider = Rider.New(userId, now);
            db.Riders.Add(rider);
        }

        return rider;
    }

    /// <summary>The new ETA when the rider's distance moved it by a minute or more since the last one Orders heard of.</summary>
    public RiderEtaChanged? EtaChange(Delivery delivery, Rider rider, DateTime now) =>
        EtaChange(delivery, rider.DispatchPoint(now, options.Value.OnlineTimeout), now);

    public RiderEtaChanged? EtaChange(Delivery delivery, (double Lat, double Lng)? point, DateTime now)
    {
        if (EtaEstimate.Of(delivery, point, now, options.Value.SpeedMetersPerSecond) is not { } eta
            || (delivery.Eta is { } known && (eta - known).Duration() < EtaStep))
        {
            return null;
        }

        delivery.EtaPublished(eta);
        return new RiderEtaChanged(delivery.OrderId, new DateTimeOffset(eta, TimeSpan.Zero), new DateTimeOffset(now, TimeSpan.Zero));
    }

    /// <summary>The assigned rider's notice: what to collect where, and where it goes.</summary>
    public static SendNotification AssignedNotice(Delivery delivery, Guid riderId) => new(
        DeterministicGuid.Create($"riders:{delivery.OrderId}:{riderId}:assigned"),
        riderId,
        delivery.OrderId,
        NotificationTemplates.RiderAssigned,
        $"You have a delivery: pick it up at {delivery.PickupName} ({delivery.PickupAddress}) and take it to {delivery.DropOff}.");
}
