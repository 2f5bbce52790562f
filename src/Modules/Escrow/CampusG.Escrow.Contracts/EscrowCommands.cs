using CampusG.Messaging;

namespace CampusG.Escrow.Contracts;

/// <summary>Holds the authorized amount for the order, once. Replies <see cref="FundsHeld"/> or <see cref="FundsHoldFailed"/>.</summary>
[Message("escrow.holdFunds")]
public sealed record HoldFunds(Guid OrderId, Guid CustomerId, Guid PaymentId, decimal FoodFee, decimal DeliveryFee);

/// <summary>Gives held funds back to the customer, once. Replies <see cref="FundsRefunded"/> (amount 0 when nothing was held).</summary>
[Message("escrow.refund")]
public sealed record RefundFunds(Guid OrderId, string Reason);
