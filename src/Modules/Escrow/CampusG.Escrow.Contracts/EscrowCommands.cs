using CampusG.Messaging;

namespace CampusG.Escrow.Contracts;

/// <summary>Holds the authorized amount for the order, once. Replies <see cref="FundsHeld"/> or <see cref="FundsHoldFailed"/>.</summary>
[Message("escrow.holdFunds")]
public sealed record HoldFunds(Guid OrderId, Guid CustomerId, [InternalOnly] Guid PaymentId, decimal FoodFee, decimal DeliveryFee);

/// <summary>Gives held funds back to the customer, once. Replies <see cref="FundsRefunded"/> (amount 0 when nothing was held).</summary>
[Message("escrow.refund")]
public sealed record RefundFunds(Guid OrderId, string Reason);

/// <summary>
/// Releases held funds, once: all to the runner for an errand; for a menu order (<paramref name="RestaurantOwnerId"/> set)
/// the food fee to the restaurant's owner and the delivery fee to the runner. Replies <see cref="FundsReleased"/> with the
/// splits, or <see cref="FundsReleaseRejected"/> (nothing held, or already refunded).
/// </summary>
[Message("escrow.releaseFunds")]
public sealed record ReleaseFunds(Guid OrderId, Guid RunnerId, Guid? RestaurantOwnerId = null);
