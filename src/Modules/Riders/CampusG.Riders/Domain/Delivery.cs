using CampusG.Orders.Contracts;

namespace CampusG.Riders.Domain;

/// <summary>
/// Riders' view of one order, kept from the order's events: who may follow it (customer, runner, restaurant owner), its
/// status, the pickup and drop-off, the times the ETA is computed from, and the dispatcher's offer and the riders who
/// gave it back. Events are applied in the order Orders stamped them, so one arriving late changes nothing.
/// </summary>
internal sealed class Delivery
{
    public Guid OrderId { get; private init; }

    public string Kind { get; private set; } = OrderKinds.Errand;

    public Guid CustomerId { get; private set; }

    public Guid? RestaurantOwnerId { get; private set; }

    public string Status { get; private set; } = OrderStatuses.PendingPayment;

    public DateTime StatusAt { get; private set; }

    public string? DropOff { get; private set; }

    public Guid? RestaurantId { get; private set; }

    public string? PickupName { get; private set; }

    public string? PickupAddress { get; private set; }

    public double? PickupLat { get; private set; }

    public double? PickupLng { get; private set; }

    public Guid? RunnerId { get; private set; }

    /// <summary>The rider the dispatcher chose and Orders has not yet confirmed or refused.</summary>
    public Guid? OfferedRiderId { get; private set; }

    public DateTime? OfferedAt { get; private set; }

    /// <summary>Riders who gave this order back: it is not offered to them again.</summary>
    public List<Guid> Declined { get; private set; } = [];

    public DateTime? EstimatedReadyTime { get; private set; }

    public DateTime? ReadyAt { get; private set; }

    public DateTime? PickedUpAt { get; private set; }

    /// <summary>How long the way from the restaurant to the customer takes (Orders' delivery estimate).</summary>
    public long? LegSeconds { get; private set; }

    /// <summary>The ETA Orders last heard of (from the restaurant's acceptance or this module's <c>rider.etaChanged</c>).</summary>
    public DateTime? Eta { get; private set; }

    public DateTime? EndedAt { get; private set; }

    public long Version { get; private set; }

    public bool IsMenu => Kind == OrderKinds.Menu;

    public bool Ended => EndedAt is not null;

    /// <summary>A menu order open to riders that nobody holds or has been offered.</summary>
    public bool WaitsForRider => IsMenu && !Ended && Status == OrderStatuses.Accepted && RunnerId is null && OfferedRiderId is null;

    /// <summary>The status in which the customer sees the rider's position: on the way to them.</summary>
    public bool OnItsWay => !Ended && Status is OrderStatuses.PickedUp or OrderStatuses.OnTheWay;

    public static Delivery New(Guid orderId) => new() { OrderId = orderId };

    public bool IsParty(Guid userId) => userId == CustomerId || userId == RunnerId || userId == RestaurantOwnerId;

    /// <summary>Every order event names the customer; the first one seen records it.</summary>
    public void KnowCustomer(Guid customerId, string? kind = null)
    {
        CustomerId = CustomerId == Guid.Empty ? customerId : CustomerId;
        Kind = kind ?? Kind;
    }

    public void Describe(Guid customerId, string kind, Guid? restaurantId, Guid? restaurantOwnerId, string dropOff)
    {
        (CustomerId, Kind, RestaurantId, RestaurantOwnerId, DropOff) = (customerId, kind, restaurantId ?? RestaurantId, restaurantOwnerId, dropOff);
        Version++;
    }

    /// <summary>Takes <paramref name="status"/> unless a later event already moved the order (or it ended).</summary>
    public bool Move(string status, DateTime at)
    {
        if (at < StatusAt || (Ended && !(Status == OrderStatuses.Delivered && status == OrderStatuses.Completed)))
        {
            return false;
        }

        (Status, StatusAt) = (status, at);
        if (status == OrderStatuses.PickedUp || (status == OrderStatuses.OnTheWay && PickedUpAt is null))
        {
            PickedUpAt = at;
        }

        EndedAt = status is OrderStatuses.Delivered or OrderStatuses.Completed or OrderStatuses.Cancelled ? EndedAt ?? at : null;
        Version++;
        return true;
    }

    public void RestaurantAccepted(OrderRestaurantAccepted accepted)
    {
        ArgumentNullException.ThrowIfNull(accepted);
        (CustomerId, Kind, RestaurantId) = (accepted.CustomerId, OrderKinds.Menu, accepted.RestaurantId);
        (EstimatedReadyTime, Eta) = (accepted.EstimatedReadyTime.UtcDateTime, accepted.Eta?.UtcDateTime);
        LegSeconds = accepted.Eta is { } eta ? (long)(eta - accepted.EstimatedReadyTime).TotalSeconds : null;
        if (accepted.Pickup is { } pickup)
        {
            (PickupName, PickupAddress, PickupLat, PickupLng) = (pickup.Name, pickup.Address, pickup.Lat, pickup.Lng);
        }

        Move(OrderStatuses.Accepted, accepted.At.UtcDateTime);
    }

    public void Offer(Guid riderId, DateTime now)
    {
        (OfferedRiderId, OfferedAt) = (riderId, now);
        Version++;
    }

    /// <summary>A runner holds the order (the dispatcher's rider or one who accepted by hand); returns the offered rider it displaced.</summary>
    public Guid? TakenBy(Guid runnerId, string status, DateTime at)
    {
        var displaced = OfferedRiderId is { } offered && offered != runnerId ? offered : (Guid?)null;
        OfferedRiderId = null;
        if (Move(status, at))
        {
            RunnerId = runnerId;
        }

        return displaced;
    }

    /// <summary>The runner gave the order back: open again, never to be offered to them.</summary>
    public void GivenBack(Guid runnerId, DateTime at)
    {
        if (!Declined.Contains(runnerId))
        {
            Declined = [.. Declined, runnerId];
        }

        OfferedRiderId = OfferedRiderId == runnerId ? null : OfferedRiderId;
        if (Move(OrderKinds.OpenToRunners(Kind), at))
        {
            RunnerId = null;
        }
    }

    /// <summary>The offer stops counting (the order ended or someone else took it): the rider it named, if any.</summary>
    public Guid? WithdrawOffer()
    {
        var offered = OfferedRiderId;
        OfferedRiderId = null;
        Version += offered is null ? 0 : 1;
        return offered;
    }

    public void Ready(DateTime readyAt)
    {
        ReadyAt ??= readyAt;
        Version++;
    }

    public void EtaPublished(DateTime eta)
    {
        Eta = eta;
        Version++;
    }
}
