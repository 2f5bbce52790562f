using CampusG.Orders.Contracts;
using CampusG.ServiceDefaults;
using CampusG.Messaging;

namespace CampusG.Tracking.Domain;

/// <summary>The order lifecycle after creation: acceptance, the runner's updates, completion.</summary>
internal sealed partial class OrderView
{
    /// <summary><c>order.accepted</c>: ACCEPTED, and the runner may now read the views.</summary>
    public bool Apply(OrderAccepted e)
    {
        ArgumentNullException.ThrowIfNull(e);
        CustomerId ??= e.CustomerId;
        if (!CanMoveTo(OrderStatuses.Accepted, OrderStatuses.Created, e.At.UtcDateTime))
        {
            return false;
        }

        (RunnerId, AcceptanceExpiresAt) = (e.RunnerId, null);
        MoveTo(OrderStatuses.Accepted, e.At.UtcDateTime);
        return true;
    }

    /// <summary><c>order.acceptanceCancelled</c>: the runner gave the order back; CREATED again, without a runner.</summary>
    public bool Apply(OrderAcceptanceCancelled e)
    {
        ArgumentNullException.ThrowIfNull(e);
        CustomerId ??= e.CustomerId;
        if (RunnerId != e.RunnerId || !CanMoveTo(OrderStatuses.Created, OrderStatuses.Accepted, e.At.UtcDateTime))
        {
            return false;
        }

        (RunnerId, AcceptanceExpiresAt) = (null, e.AcceptanceExpiresAt.UtcDateTime);
        MoveTo(OrderStatuses.Created, e.At.UtcDateTime);
        return true;
    }

    /// <summary><c>order.statusUpdated</c>: ON_SITE … DELIVERED, forwards only.</summary>
    public bool Apply(OrderStatusUpdated e)
    {
        ArgumentNullException.ThrowIfNull(e);
        CustomerId ??= e.CustomerId;
        if (!CanMoveTo(e.Status, OrderStatuses.Accepted, e.At.UtcDateTime))
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
