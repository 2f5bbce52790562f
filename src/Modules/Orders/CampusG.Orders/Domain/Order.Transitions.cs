using CampusG.Orders.Contracts;

namespace CampusG.Orders.Domain;

internal sealed partial class Order
{
    /// <summary>
    /// Payment is held: PENDING_PAYMENT → CREATED (an errand; its acceptance window starts) or → PLACED (a menu order;
    /// the restaurant's decision window starts).
    /// </summary>
    public Transition MarkCreated(DateTime now, OrderWindows windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var target = IsMenu ? OrderStatuses.Placed : OrderStatuses.Created;
        if (Status != OrderStatuses.PendingPayment)
        {
            return Status == target ? Transition.AlreadyApplied : Transition.Rejected;
        }

        AcceptanceExpiresAt = now + (IsMenu ? windows.RestaurantDecision : windows.Acceptance);
        MoveTo(target, now);
        return Transition.Applied;
    }

    /// <summary>
    /// A runner takes the order: an errand CREATED → ACCEPTED, a menu order the restaurant accepted ACCEPTED →
    /// RIDER_ASSIGNED. Never the customer's own order.
    /// </summary>
    public Transition Accept(Guid runnerId, DateTime now)
    {
        var (from, to) = (OrderKinds.OpenToRunners(Kind), OrderKinds.TakenByRunner(Kind));
        if (Status == to && RunnerId == runnerId)
        {
            return Transition.AlreadyApplied;
        }

        if (Status != from || runnerId == CustomerId)
        {
            return Transition.Rejected;
        }

        RunnerId = runnerId;
        AcceptanceExpiresAt = null;
        MoveTo(to, now);
        return Transition.Applied;
    }

    /// <summary>The runner gives the order back (an errand to CREATED, a menu order to ACCEPTED) with a new window.</summary>
    public Transition CancelAcceptance(Guid runnerId, DateTime now, OrderWindows windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        var (from, to) = (OrderKinds.TakenByRunner(Kind), OrderKinds.OpenToRunners(Kind));
        if (Status != from || RunnerId != runnerId)
        {
            return Transition.Rejected;
        }

        RunnerId = null;
        AcceptanceExpiresAt = now + (IsMenu ? windows.Rider : windows.Acceptance);
        MoveTo(to, now);
        return Transition.Applied;
    }

    /// <summary>The runner reports progress: only the next status of the order's kind is allowed.</summary>
    /// <param name="actualFoodFeeMinor">An errand's receipt total, recorded at PURCHASED (the caller checked it against the food fee).</param>
    public Transition Advance(string status, DateTime now, OrderWindows windows, long? actualFoodFeeMinor = null)
    {
        ArgumentNullException.ThrowIfNull(windows);
        if (Status == status && OrderLifecycle.IsRunnerReport(Kind, status))
        {
            return Transition.AlreadyApplied;
        }

        if (!OrderLifecycle.IsNextRunnerStep(Kind, Status, status))
        {
            return Transition.Rejected;
        }

        if (status == OrderStatuses.PickedUp)
        {
            PickedUpAt = now;
            Eta = now + windows.DeliveryEstimate;
        }
        else if (status == OrderStatuses.Delivered)
        {
            Eta = null;
        }
        else if (status == OrderStatuses.Purchased && !IsMenu)
        {
            ActualFoodFeeMinor = actualFoodFeeMinor;
        }

        MoveTo(status, now);
        return Transition.Applied;
    }

    /// <summary>The payees are paid: DELIVERED → COMPLETED.</summary>
    public Transition Complete(DateTime now)
    {
        if (Status != OrderStatuses.Delivered)
        {
            return Status == OrderStatuses.Completed ? Transition.AlreadyApplied : Transition.Rejected;
        }

        CompletedAt = now;
        MoveTo(OrderStatuses.Completed, now);
        return Transition.Applied;
    }

    /// <summary>
    /// Cancels with <paramref name="reason"/> while nobody is bound to deliver it (an operator: any time before DELIVERED; a
    /// passed delivery deadline: an errand its runner has not PURCHASED yet); a cancelled order stays as it was.
    /// </summary>
    public Transition Cancel(string reason, DateTime now)
    {
        var cancellable = reason switch
        {
            CancellationReasons.OperatorCancelled => OrderLifecycle.IsCancellableByOperator(Status),
            CancellationReasons.DeliveryTimeout => OrderLifecycle.IsBeforePurchase(Kind, Status),
            _ => OrderLifecycle.IsCancellable(Kind, Status),
        };
        if (!cancellable)
        {
            return Status == OrderStatuses.Cancelled ? Transition.AlreadyApplied : Transition.Rejected;
        }

        CancellationReason = reason;
        AcceptanceExpiresAt = null;
        Eta = null;
        MoveTo(OrderStatuses.Cancelled, now);
        return Transition.Applied;
    }
}

/// <summary>
/// How long an order waits: for a runner (errand), for its restaurant's decision, for a rider (menu order); and how
/// long a delivery takes once the food is ready.
/// </summary>
internal sealed record OrderWindows(TimeSpan Acceptance, TimeSpan RestaurantDecision, TimeSpan Rider, TimeSpan DeliveryEstimate);
