using CampusG.Orders.Contracts;

namespace CampusG.Orders.Domain;

internal sealed partial class Order
{
    /// <summary>Payment is held: PENDING_PAYMENT → CREATED, and the acceptance window starts.</summary>
    public Transition MarkCreated(DateTime now, TimeSpan acceptanceWindow)
    {
        if (Status != OrderStatuses.PendingPayment)
        {
            return Status == OrderStatuses.Created ? Transition.AlreadyApplied : Transition.Rejected;
        }

        AcceptanceExpiresAt = now + acceptanceWindow;
        MoveTo(OrderStatuses.Created, now);
        return Transition.Applied;
    }

    /// <summary>A runner takes the order: CREATED → ACCEPTED. Never the customer's own order.</summary>
    public Transition Accept(Guid runnerId, DateTime now)
    {
        if (Status == OrderStatuses.Accepted && RunnerId == runnerId)
        {
            return Transition.AlreadyApplied;
        }

        if (Status != OrderStatuses.Created || runnerId == CustomerId)
        {
            return Transition.Rejected;
        }

        RunnerId = runnerId;
        AcceptanceExpiresAt = null;
        MoveTo(OrderStatuses.Accepted, now);
        return Transition.Applied;
    }

    /// <summary>The runner gives the order back: ACCEPTED → CREATED with a new acceptance window.</summary>
    public Transition CancelAcceptance(Guid runnerId, DateTime now, TimeSpan acceptanceWindow)
    {
        if (Status != OrderStatuses.Accepted || RunnerId != runnerId)
        {
            return Transition.Rejected;
        }

        RunnerId = null;
        AcceptanceExpiresAt = now + acceptanceWindow;
        MoveTo(OrderStatuses.Created, now);
        return Transition.Applied;
    }

    /// <summary>The runner reports progress: only the next status of ON_SITE … DELIVERED is allowed.</summary>
    public Transition Advance(string status, DateTime now)
    {
        if (Status == status && OrderLifecycle.IsRunnerReport(status))
        {
            return Transition.AlreadyApplied;
        }

        if (!OrderLifecycle.IsNextRunnerStep(Status, status))
        {
            return Transition.Rejected;
        }

        MoveTo(status, now);
        return Transition.Applied;
    }

    /// <summary>The runner is paid: DELIVERED → COMPLETED.</summary>
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

    /// <summary>PENDING_PAYMENT or CREATED → CANCELLED with <paramref name="reason"/>; a cancelled order stays as it was.</summary>
    public Transition Cancel(string reason, DateTime now)
    {
        if (!OrderLifecycle.IsCancellable(Status))
        {
            return Status == OrderStatuses.Cancelled ? Transition.AlreadyApplied : Transition.Rejected;
        }

        CancellationReason = reason;
        MoveTo(OrderStatuses.Cancelled, now);
        return Transition.Applied;
    }
}
