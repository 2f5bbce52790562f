using CampusG.Messaging;

namespace CampusG.Orders.Contracts;

/// <summary>
/// A customer placed an order; it waits in <c>PENDING_PAYMENT</c> for the Create Order saga. A menu order
/// (<paramref name="Kind"/> <c>MENU</c>) names its restaurant, the restaurant's owner and its lines.
/// </summary>
[Message("order.created")]
public sealed record OrderCreated(
    Guid OrderId, Guid CustomerId, string Description, decimal FoodFee, decimal DeliveryFee, string DeliveryLocation, DateTimeOffset CreatedAt,
    string Kind = OrderKinds.Errand, Guid? RestaurantId = null, Guid? RestaurantOwnerId = null, IReadOnlyList<OrderLine>? Lines = null);

/// <summary>The order moved to <paramref name="Status"/> (any move but cancellation).</summary>
[Message("order.updated")]
public sealed record OrderUpdated(
    Guid OrderId, Guid CustomerId, Guid? RunnerId, string Status, string PreviousStatus, DateTimeOffset? AcceptanceExpiresAt, DateTimeOffset At);

/// <summary>Reply to <see cref="MarkOrderCreated"/> when the order could not be marked (it is no longer pending payment).</summary>
[Message("order.markCreatedFailed")]
public sealed record OrderMarkCreatedFailed(Guid OrderId, string Reason);

[Message("order.cancelled")]
public sealed record OrderCancelled(Guid OrderId, Guid CustomerId, string Reason, string PreviousStatus, DateTimeOffset At, string Kind = OrderKinds.Errand);

/// <summary>
/// Reply to <see cref="CancelOrder"/> when the order is past cancelling (for example, a runner accepted it first),
/// or not in the status the command required; <paramref name="AcceptanceExpiresAt"/> is the order's current window.
/// </summary>
[Message("order.cancelRejected")]
public sealed record OrderCancelRejected(Guid OrderId, string RequestedReason, string Status, DateTimeOffset? AcceptanceExpiresAt = null);

/// <summary>
/// A runner won the order (the guarded update in Orders decides races); for a menu order, the rider (RIDER_ASSIGNED).
/// Starts the AcceptOrder saga.
/// </summary>
[Message("order.accepted")]
public sealed record OrderAccepted(Guid OrderId, Guid CustomerId, Guid RunnerId, DateTimeOffset At, string Kind = OrderKinds.Errand);

/// <summary>
/// The restaurant accepted a menu order: PLACED → ACCEPTED. It is offered to riders until
/// <paramref name="RiderWindowExpiresAt"/> (the rider request the Riders module's dispatcher answers).
/// </summary>
/// <param name="Pickup">Where the rider collects it: the restaurant's name, address and coordinates when it has them.</param>
[Message("order.restaurantAccepted")]
public sealed record OrderRestaurantAccepted(
    Guid OrderId, Guid CustomerId, Guid RestaurantId, DateTimeOffset EstimatedReadyTime, DateTimeOffset RiderWindowExpiresAt, DateTimeOffset At,
    DateTimeOffset? Eta = null, PickupPoint? Pickup = null);

/// <summary>A menu order's pickup: its restaurant, where it is, and its coordinates when the owner gave them.</summary>
public sealed record PickupPoint(Guid RestaurantId, string Name, string Address, double? Lat, double? Lng);

/// <summary>The restaurant says a menu order is ready to be picked up.</summary>
[Message("order.ready")]
public sealed record OrderReady(Guid OrderId, Guid CustomerId, Guid? RunnerId, DateTimeOffset ReadyAt);

/// <summary>The runner gave the order back: it is CREATED again with a fresh acceptance window.</summary>
[Message("order.acceptanceCancelled")]
public sealed record OrderAcceptanceCancelled(
    Guid OrderId, Guid CustomerId, Guid RunnerId, DateTimeOffset AcceptanceExpiresAt, int AcceptanceRound, DateTimeOffset At);

/// <summary>The runner moved the order along (ON_SITE … DELIVERED); DELIVERED starts the CompleteOrder saga.</summary>
[Message("order.statusUpdated")]
public sealed record OrderStatusUpdated(Guid OrderId, Guid CustomerId, Guid RunnerId, string Status, Guid? ProofId, DateTimeOffset At);

[Message("order.completed")]
public sealed record OrderCompleted(Guid OrderId, Guid CustomerId, Guid RunnerId, decimal FoodFee, decimal DeliveryFee, DateTimeOffset At);

/// <summary>The order was delivered (its status DELIVERED): who is paid what. Starts the Complete Order saga.</summary>
/// <param name="RestaurantOwnerId">The restaurant's owner, who is paid the food fee of a menu order; null for an errand.</param>
/// <param name="ActualFoodFee">
/// An errand's receipt total when the runner entered one at PURCHASED (never above <paramref name="FoodFee"/>): the runner
/// is paid it instead of the food fee and the customer gets the difference back.
/// </param>
[Message("order.delivered")]
public sealed record OrderDelivered(
    Guid OrderId, Guid CustomerId, Guid RunnerId, string Kind, Guid? RestaurantOwnerId, decimal FoodFee, decimal DeliveryFee, DateTimeOffset At,
    decimal? ActualFoodFee = null);

/// <summary>A customer reported a problem with a delivered order; operators see it in their queue.</summary>
/// <param name="Kind"><see cref="IssueKinds"/>.</param>
[Message("order.issueReported")]
public sealed record OrderIssueReported(Guid OrderId, Guid IssueId, Guid CustomerId, string Kind, DateTimeOffset At);

/// <summary>
/// An operator resolved a problem report. When <paramref name="RefundAmount"/> is above zero the customer is refunded
/// that much through the gateway and the amount is taken from <paramref name="PartyId"/>'s earnings (the runner or the
/// restaurant's owner), or borne by the platform (<paramref name="ChargedTo"/> <c>PLATFORM</c>, no party). Starts the
/// Refund Issue saga.
/// </summary>
/// <param name="ChargedTo"><see cref="ChargedParties"/>.</param>
[Message("order.issueResolved")]
public sealed record OrderIssueResolved(
    Guid OrderId, Guid IssueId, Guid CustomerId, decimal RefundAmount, string ChargedTo, Guid? PartyId, DateTimeOffset At);

/// <summary>
/// The customer raised a waiting errand's delivery fee (while CREATED; Orders decides it against a runner's accept).
/// Starts the Raise Delivery Fee saga, which grows the authorization and the escrow hold by <paramref name="Increment"/>.
/// </summary>
[Message("order.deliveryFeeRaised")]
public sealed record OrderDeliveryFeeRaised(
    Guid OrderId, Guid CustomerId, Guid BoostId, decimal Increment, decimal DeliveryFee, DateTimeOffset At);

/// <summary>One side rated the other after completion.</summary>
/// <param name="RevieweeRole"><c>runner</c> (the customer rated the runner) or <c>customer</c>.</param>
[Message("order.reviewed")]
public sealed record OrderReviewed(Guid OrderId, Guid ReviewId, Guid ReviewerId, Guid RevieweeId, string RevieweeRole, int Rating, DateTimeOffset At);

[Message("order.deliveryFeeReverted")]
public sealed record DeliveryFeeReverted(Guid OrderId, Guid BoostId, bool Applied, DateTimeOffset At);
