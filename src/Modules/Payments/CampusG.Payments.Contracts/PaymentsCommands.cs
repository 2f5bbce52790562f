using CampusG.Messaging;

namespace CampusG.Payments.Contracts;

/// <summary>
/// Authorizes <paramref name="Amount"/> on the customer's card. Transient gateway errors are retried
/// with backoff for about 30 seconds. Replies <see cref="PaymentAuthorized"/> or <see cref="PaymentFailed"/>;
/// a repeated command repeats the reply and charges nothing twice.
/// </summary>
[Message("payment.authorize")]
public sealed record AuthorizePayment(Guid OrderId, Guid CustomerId, decimal Amount, string Currency, [Sensitive] string GatewayToken);

/// <summary>Voids the authorization (or refunds a capture) of the order's payment. Replies <see cref="PaymentReverted"/>.</summary>
[Message("payment.revert")]
public sealed record RevertPayment(Guid OrderId, string Reason);

/// <summary>
/// Captures the order's authorization into the platform, once, without a payout: the payees are paid from their
/// earnings. <paramref name="Amount"/> (at most the authorized amount; default all of it) is what is captured; the rest
/// of the authorization is let go. Replies <see cref="PaymentCaptured"/> or <see cref="PaymentCaptureFailed"/>; a
/// repeated command repeats the reply.
/// </summary>
[Message("payment.capture")]
public sealed record CapturePayment(Guid OrderId, decimal? Amount = null);

/// <summary>Refunds part of a captured payment to the customer's card, once per <paramref name="RefundId"/>. Replies <see cref="PaymentRefunded"/>.</summary>
[Message("payment.refund")]
public sealed record RefundPayment(Guid OrderId, Guid RefundId, decimal Amount);

/// <summary>Grows the order's authorization by a delivery-fee boost, once per <paramref name="BoostId"/>. Replies <see cref="AuthorizationIncreased"/> or <see cref="AuthorizationIncreaseFailed"/>.</summary>
[Message("payment.increaseAuthorization")]
public sealed record IncreaseAuthorization(Guid OrderId, Guid BoostId, decimal Increment);

/// <summary>
/// Pays <paramref name="Amount"/> out to the payee's card, once per <paramref name="PayoutId"/>; transient gateway errors are
/// retried on the payment retry schedule. Replies <see cref="PayoutPaid"/> or <see cref="PayoutFailed"/>.
/// </summary>
[Message("payment.payout")]
public sealed record PayOut(Guid PayoutId, [Addressee] Guid UserId, decimal Amount, string Currency, [Sensitive] string PayoutToken);
