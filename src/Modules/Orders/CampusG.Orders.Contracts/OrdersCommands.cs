using CampusG.Messaging;

namespace CampusG.Orders.Contracts;

/// <summary>Payment is held: open the order to runners. Replies <see cref="OrderUpdated"/> or <see cref="OrderMarkCreatedFailed"/>.</summary>
[Message("order.markCreated")]
public sealed record MarkOrderCreated(Guid OrderId);

/// <summary>
/// Cancels the order with <paramref name="Reason"/> (<see cref="CancellationReasons"/>). With
/// <paramref name="OnlyIfStatus"/> it applies only while the order is in that status, so a timeout
/// cannot cancel an order a runner has just accepted; with <paramref name="OnlyIfRound"/> only while the order
/// is in that acceptance round, so the timeout of a round a runner ended cannot cancel the next one. Replies
/// <see cref="OrderCancelled"/> or <see cref="OrderCancelRejected"/>.
/// </summary>
[Message("order.cancel")]
public sealed record CancelOrder(Guid OrderId, string Reason, string? OnlyIfStatus = null, int? OnlyIfRound = null);

/// <summary>The runner is paid: finish the order. Replies <see cref="OrderCompleted"/> (repeated when already completed).</summary>
[Message("order.complete")]
public sealed record CompleteOrder(Guid OrderId);

/// <summary>
/// Undoes a delivery-fee boost whose money could not be held: the fee goes back to <paramref name="DeliveryFee"/> if the
/// order is still CREATED with the boosted fee. Replies <see cref="DeliveryFeeReverted"/> (<c>Applied</c> false when a
/// runner accepted meanwhile: the platform then bears the boost, see the Raise Delivery Fee saga).
/// </summary>
[Message("order.revertDeliveryFee")]
public sealed record RevertDeliveryFee(Guid OrderId, Guid BoostId, decimal DeliveryFee);

/// <summary>
/// An errand's delivery deadline of acceptance round <paramref name="Round"/> passed (its timer fired). Orders decides
/// in one guarded change against the runner's reports: still ACCEPTED or ON_SITE in that round → cancelled
/// <c>DELIVERY_TIMEOUT</c> (<see cref="OrderCancelled"/>, and the Cancel Order saga gives the money back); PURCHASED,
/// COLLECTED or ON_THE_WAY → flagged overdue (<see cref="OrderOverdue"/>); anything else (delivered, cancelled, given
/// back, another round) changes nothing and has no reply. A repeated command repeats the reply.
/// </summary>
[Message("order.enforceDeliveryDeadline")]
public sealed record EnforceDeliveryDeadline(Guid OrderId, int Round);
