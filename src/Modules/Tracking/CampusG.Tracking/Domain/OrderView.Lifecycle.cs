using CampusG.Orders.Contracts;
using CampusG.ServiceDefaults;
using CampusG.Messaging;

namespace CampusG.Tracking.Domain;

/// <summary>The order lifecycle after creation: acceptance, the runner's updates, completion.</summary>
internal sealed partial class OrderView
{
    /// <summary><c>order.accepted</c>: ACCEPTED (a menu order: RIDER_ASSIGNED), and the runner may now read the views.</summary>
    public bool Apply(OrderAccepted e)
    {
        ArgumentNullException.ThrowIfNull(e);
        CustomerId ??= e.CustomerId;
        Kind = e.Kind;
        var (open, taken) = (OrderKinds.OpenToRunners(Kind), OrderKinds.TakenByRunner(Kind));
        if (!CanMoveTo(taken, open, e.At.UtcDateTime))
        {
            return false;
        }

        (RunnerId, AcceptanceExpiresAt) = (e.RunnerId, null);
        MoveTo(taken, e.At.UtcDateTime);
        return true;
    }

    /// <summary>
    /// <c>order.acceptanceCancelled</c>: the runner gave the order back; open to runners again (CREATED, a menu order
    /// ACCEPTED), without a runner.
    /// </summary>
    public bool Apply(OrderAcceptanceCancelled e)
    {
        ArgumentNullException.ThrowIfNull(e);
        CustomerId ??= e.CustomerId;
        var (open, taken) = (OrderKinds.OpenToRunners(Kind), OrderKinds.TakenByRunner(Kind));
        if (RunnerId != e.RunnerId || !CanMoveTo(open, taken, e.At.UtcDateTime))
        {
            return false;
        }

        (RunnerId, AcceptanceExpiresAt) = (null, e.AcceptanceExpiresAt.UtcDateTime);
        MoveTo(open, e.At.UtcDateTime);
        return true;
    }

    /// <summary><c>order.restaurantAccepted</c>: a menu order's restaurant accepted it; ACCEPTED, open to riders.</summary>
    public bool Apply(OrderRestaurantAccepted e)
    {
        ArgumentNullException.ThrowIfNull(e);
        CustomerId ??= e.CustomerId;
        Kind = OrderKinds.Menu;
        if (!CanMoveTo(OrderStatuses.Accepted, OrderStatuses.Placed, e.At.UtcDateTime))
        {
            return false;
        }

        AcceptanceExpiresAt = e.RiderWindowExpiresAt.UtcDateTime;
        MoveTo(OrderStatuses.Accepted, e.At.UtcDateTime);
        return true;
    }

    /// <summary><c>order.statusUpdated</c>: ON_SITE … DELIVERED, forwards only.</summary>
    public bool Apply(OrderStatusUpdated e)
    {
        ArgumentNullException.ThrowIfNull(e);
        CustomerId ??= e.CustomerId;
        if (!CanMoveTo(e.Status, OrderKinds.TakenByRunner(Kind), e.At.UtcDateTime))
        {
            return false;
        }

        RunnerId = e.RunnerId;
        MoveTo(e.Status, e.At.UtcDateTime);
        return true;
    }

    /// <summary><c>order.completed</c>: final, unless the order was cancelled first.</summary>
    public bool Apply(OrderCompleted e)
    {
        ArgumentNullException.ThrowIfNull(e);
        CustomerId ??= e.CustomerId;
        AmountMinor ??= Money.ToMinor(e.FoodFee + e.DeliveryFee);
        if (!CanMoveTo(OrderStatuses.Completed, OrderStatuses.Delivered, e.At.UtcDateTime))
        {
            return false;
        }

        RunnerId = e.RunnerId;
        MoveTo(OrderStatuses.Completed, e.At.UtcDateTime);
        return true;
    }
}
