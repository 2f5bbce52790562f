using CampusG.Escrow.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.ServiceDefaults;
using CampusG.Messaging;

namespace CampusG.Tracking.Domain;

/// <summary>
/// The order read model (R-TRK-2 in docs/requirements.md), projected from the order, payment and
/// escrow events. Every step only moves a status forwards (<see cref="StatusRanks"/>), so duplicates
/// and late events change nothing; a row may start from any event and is filled in as the rest arrive.
/// Each apply method returns true when it moved a status.
/// </summary>
internal sealed partial class OrderView
{
    public Guid OrderId { get; private init; }

    /// <summary>Null until an order event names the customer.</summary>
    public Guid? CustomerId { get; private set; }

    public Guid? RunnerId { get; private set; }

    /// <summary><c>ERRAND</c> or <c>MENU</c>.</summary>
    public string Kind { get; private set; } = OrderKinds.Errand;

    /// <summary>A menu order's restaurant owner, who may read the order's views and is paid its food fee.</summary>
    public Guid? RestaurantOwnerId { get; private set; }

    public long? FoodFeeMinor { get; private set; }

    public long? DeliveryFeeMinor { get; private set; }

    /// <summary>What an errand's receipt saved the customer, given back at the release.</summary>
    public long PriceRefundMinor { get; private set; }

    /// <summary>What problem reports refunded to the customer's card after the capture.</summary>
    public long IssueRefundedMinor { get; private set; }

    /// <summary>The order status; null until an order event arrives.</summary>
    public string? Status { get; private set; }

    /// <summary>When the order entered <see cref="Status"/>, by the Orders module's clock.</summary>
    public DateTime? StatusAt { get; private set; }

    public string? CancellationReason { get; private set; }

    /// <summary>Food fee plus delivery fee, in minor units.</summary>
    public long? AmountMinor { get; private set; }

    public DateTime? CreatedAt { get; private set; }

    public DateTime? AcceptanceExpiresAt { get; private set; }

    public string PaymentStatus { get; private set; } = PaymentStatuses.Initiating;

    public string EscrowStatus { get; private set; } = EscrowStatuses.Pending;

    public DateTime? AuthorizedAt { get; private set; }

    public DateTime? ReleasedAt { get; private set; }

    public DateTime? RefundedAt { get; private set; }

    /// <summary>Why the payment or the escrow hold failed, for operators.</summary>
    public string? FailureReason { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Bumped on every change: two writers of one row cannot both win.</summary>
    public int Version { get; private set; }

    /// <summary>Every status the order has been in (read it ordered by <c>At</c>).</summary>
    public List<OrderTimelineEntry> Timeline { get; private init; } = [];

    public static OrderView Start(Guid orderId, DateTime now) => new() { OrderId = orderId, UpdatedAt = now };

    /// <summary><c>order.created</c>: the customer and amount; the status starts at PENDING_PAYMENT unless a later one arrived first.</summary>
    public bool Apply(OrderCreated e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var createdAt = e.CreatedAt.UtcDateTime;
        CustomerId = e.CustomerId;
        AmountMinor = Money.ToMinor(e.FoodFee + e.DeliveryFee);
        (FoodFeeMinor, DeliveryFeeMinor) = (Money.ToMinor(e.FoodFee), Money.ToMinor(e.DeliveryFee));
        (Kind, RestaurantOwnerId) = (e.Kind, e.RestaurantOwnerId);
        CreatedAt ??= createdAt;
        AddToTimeline(OrderStatuses.PendingPayment, createdAt);
        if (Status is not null)
        {
            return false;
        }

        (Status, StatusAt) = (OrderStatuses.PendingPayment, createdAt);
        return true;
    }

    /// <summary><c>order.updated</c>: any move but cancellation, including a runner giving the order back (ACCEPTED to CREATED).</summary>
    public bool Apply(OrderUpdated e)
    {
        ArgumentNullException.ThrowIfNull(e);
        CustomerId ??= e.CustomerId;
        if (!CanMoveTo(e.Status, e.PreviousStatus, e.At.UtcDateTime))
        {
            return false;
        }

        (RunnerId, AcceptanceExpiresAt) = (e.RunnerId, e.AcceptanceExpiresAt?.UtcDateTime);
        MoveTo(e.Status, e.At.UtcDateTime);
        return true;
    }

    /// <summary><c>order.cancelled</c>: final, unless the order already completed.</summary>
    public bool Apply(OrderCancelled e)
    {
        ArgumentNullException.ThrowIfNull(e);
        CustomerId ??= e.CustomerId;
        if (StatusRanks.Order(Status, Kind) == StatusRanks.Final)
        {
            return false;
        }

        CancellationReason = e.Reason;
        MoveTo(OrderStatuses.Cancelled, e.At.UtcDateTime);
        if (e.Reason is CancellationReasons.PaymentMethodMissing or CancellationReasons.PaymentFailed)
        {
            // Create Order stops at the payment step for these reasons: no authorization or hold can follow.
            SettleUnpaid($"order cancelled before payment: {e.Reason}");
        }

        return true;
    }

    /// <summary>Records that something changed: the concurrency version moves with it.</summary>
    public void Touch(DateTime now)
    {
        UpdatedAt = now;
        Version++;
    }

    /// <summary>True when the user may see this order: its customer, its runner, or (a menu order) its restaurant's owner.</summary>
    public bool IsVisibleTo(Guid userId) =>
        userId != Guid.Empty && (CustomerId == userId || RunnerId == userId || RestaurantOwnerId == userId);

    private bool CanMoveTo(string status, string previousStatus, DateTime at)
    {
        var current = StatusRanks.Order(Status, Kind);
        if (current == StatusRanks.Final || (StatusAt is { } since && at < since))
        {
            return false; // final, or older than what the view already shows
        }

        var (open, taken) = (OrderKinds.OpenToRunners(Kind), OrderKinds.TakenByRunner(Kind));
        var givenBack = status == open && previousStatus == taken && Status == taken;
        return StatusRanks.Order(status, Kind) > current || givenBack;
    }

    private void MoveTo(string status, DateTime at)
    {
        (Status, StatusAt) = (status, at);
        AddToTimeline(status, at);
    }

    private void AddToTimeline(string status, DateTime at)
    {
        if (!Timeline.Exists(e => e.Status == status && e.At == at))
        {
            Timeline.Add(OrderTimelineEntry.Create(OrderId, status, at));
        }
    }
}
