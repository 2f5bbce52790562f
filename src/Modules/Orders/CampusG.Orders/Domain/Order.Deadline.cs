using CampusG.Orders.Contracts;

namespace CampusG.Orders.Domain;

/// <summary>An errand's delivery deadline (<c>Orders:DeliveryWindow</c> after acceptance): cancelled before PURCHASED, overdue after.</summary>
internal sealed partial class Order
{
    /// <summary>When the delivery deadline passed while the errand was under way (PURCHASED or later); null if it never did.</summary>
    public DateTime? OverdueSince { get; private set; }

    public bool IsOverdue => OverdueSince is not null;

    /// <summary>
    /// The delivery deadline of acceptance round <paramref name="round"/> passed. Cancels an errand not yet PURCHASED
    /// (<see cref="DeadlineOutcome.Cancelled"/>), flags one under way (<see cref="DeadlineOutcome.Overdue"/>); the version
    /// bump decides it against the runner's racing report. A deadline of another round, or of an order delivered,
    /// cancelled or given back, changes nothing (<see cref="DeadlineOutcome.None"/>); a repeat reports what it did.
    /// </summary>
    public DeadlineOutcome PassDeliveryDeadline(int round, DateTime now)
    {
        if (IsMenu || round != AcceptanceRound)
        {
            return DeadlineOutcome.None;
        }

        if (Status == OrderStatuses.Cancelled)
        {
            return CancellationReason == CancellationReasons.DeliveryTimeout ? DeadlineOutcome.Cancelled : DeadlineOutcome.None;
        }

        if (OrderLifecycle.IsBeforePurchase(Kind, Status))
        {
            Cancel(CancellationReasons.DeliveryTimeout, now);
            return DeadlineOutcome.Cancelled;
        }

        if (!OrderLifecycle.IsUnderWay(Kind, Status))
        {
            return DeadlineOutcome.None;
        }

        if (OverdueSince is null)
        {
            OverdueSince = now;
            UpdatedAt = now;
            Version++;
        }

        return DeadlineOutcome.Overdue;
    }
}

/// <summary>What a passed delivery deadline did to an errand.</summary>
internal enum DeadlineOutcome
{
    None,
    Cancelled,
    Overdue,
}
