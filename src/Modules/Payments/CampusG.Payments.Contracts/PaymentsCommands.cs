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
/// earnings. Replies <see cref="PaymentCaptured"/> or <see cref="PaymentCaptureFailed"/>; a repeated command repeats the reply.
/// </summary>
[Message("payment.capture")]
public sealed record CapturePayment(Guid OrderId);

/// <summary>
/// Captures the authorization and pays the amount out to the runner's payout token, once.
/// Replies <see cref="PaymentReleased"/> or, when the payout keeps failing, <see cref="PaymentReleaseFailed"/>.
/// </summary>
/// <param name="Round">
/// 0 for the first release. After a release failed, a command with a higher round (an operator's retry, with the
/// runner's payout token as it is now) tries again; a repeated command of the same round repeats the reply.
/// </param>
[Message("payment.release")]
public sealed record ReleasePayment(Guid OrderId, Guid RunnerId, [Sensitive] string RunnerPayoutToken, [InternalOnly] int Round = 0);
