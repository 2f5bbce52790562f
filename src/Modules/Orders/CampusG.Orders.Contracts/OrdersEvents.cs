using CampusG.Messaging;

namespace CampusG.Orders.Contracts;

/// <summary>A customer placed an order; it waits in <c>PENDING_PAYMENT</c> for the Create Order saga.</summary>
[Message("order.created")]
public sealed record OrderCreated(
    Guid OrderId, Guid CustomerId, string Description, decimal FoodFee, decimal DeliveryFee, string DeliveryLocation, DateTimeOffset CreatedAt);

/// <summary>The order moved to <paramref name="Status"/> (any move but cancellation).</summary>
[Message("order.updated")]
public sealed record OrderUpdated(
    Guid OrderId, Guid CustomerId, Guid? RunnerId, string Status, string PreviousStatus, DateTimeOffset? AcceptanceExpiresAt, DateTimeOffset At);

/// <summary>Reply to <see cref="MarkOrderCreated"/> when the order could not be marked (it is no longer pending payment).</summary>
[Message("order.markCreatedFailed")]
public sealed record OrderMarkCreatedFailed(Guid OrderId, string Reason);

[Message("order.cancelled")]
public sealed record OrderCancelled(Guid OrderId, Guid CustomerId, string Reason, string PreviousStatus, DateTimeOffset At);

/// <summary>Reply to <see cref="CancelOrder"/> when the order is past cancelling (for example, a runner accepted it first).</summary>
[Message("order.cancelRejected")]
public sealed record OrderCancelRejected(Guid OrderId, string RequestedReason, string Status);
