using CampusG.Messaging;

namespace CampusG.Escrow.Contracts;

/// <summary>Holds the authorized amount for the order, once. Replies <see cref="FundsHeld"/> or <see cref="FundsHoldFailed"/>.</summary>
[Message("escrow.holdFunds")]
public sealed record HoldFunds(Guid OrderId, Guid CustomerId, [InternalOnly] Guid PaymentId, decimal FoodFee, decimal DeliveryFee);

/// <summary>Gives held funds back to the customer, once. Replies <see cref="FundsRefunded"/> (amount 0 when nothing was held).</summary>
[Message("escrow.refund")]
public sealed record RefundFunds(Guid OrderId, string Reason);

/// <summary>
/// Releases held funds into the payees' earnings, once: all to the runner for an errand; for a menu order
/// (<paramref name="RestaurantOwnerId"/> set) the food fee to the restaurant's owner and the delivery fee to the runner.
/// <paramref name="CustomerRefund"/> (an errand whose receipt came in below the food fee) goes back to the customer
/// instead of to the runner. Replies <see cref="FundsReleased"/> with the splits, or <see cref="FundsReleaseRejected"/>
/// (nothing held, or already refunded).
/// </summary>
[Message("escrow.releaseFunds")]
public sealed record ReleaseFunds(Guid OrderId, Guid RunnerId, Guid? RestaurantOwnerId = null, decimal CustomerRefund = 0m);

/// <summary>
/// Books a refund granted on a problem report, once per <paramref name="RefundId"/>: the amount leaves the charged payee's
/// earnings (or the platform's account) for the customer. Replies <see cref="RefundCharged"/>.
/// </summary>
/// <param name="ChargedTo"><c>RUNNER</c>, <c>RESTAURANT</c> or <c>PLATFORM</c>.</param>
[Message("escrow.chargeRefund")]
public sealed record ChargeRefund(Guid OrderId, Guid RefundId, Guid CustomerId, decimal Amount, string ChargedTo, Guid? PartyId);

/// <summary>
/// Grows the order's hold by a delivery-fee boost, once per <paramref name="BoostId"/>: from the customer's card, or, with
/// <paramref name="FundedByPlatform"/>, from the platform (the card refused the increment after a runner accepted the
/// boosted fee). Replies <see cref="HoldIncreased"/> or <see cref="HoldIncreaseRejected"/>.
/// </summary>
[Message("escrow.increaseHold")]
public sealed record IncreaseHold(Guid OrderId, Guid BoostId, decimal Increment, bool FundedByPlatform = false);

/// <summary>
/// Settles a payout the gateway paid (<paramref name="Paid"/>) or refused: paid leaves the ledger for the payee's card;
/// failed goes back into the payee's balance with <paramref name="Reason"/>. Once per payout; replies <see cref="PayoutSettled"/>.
/// </summary>
[Message("escrow.settlePayout")]
public sealed record SettlePayout(Guid PayoutId, [Addressee] Guid UserId, bool Paid, string? Reason);
