using CampusG.Messaging;

namespace CampusG.Payments.Contracts;

[Message("payment.authorized")]
public sealed record PaymentAuthorized(Guid OrderId, [InternalOnly] Guid PaymentId, decimal Amount, DateTimeOffset At);

/// <param name="Reason"><see cref="PaymentFailureReasons"/>.</param>
[Message("payment.failed")]
public sealed record PaymentFailed(Guid OrderId, string Reason, [InternalOnly] string Detail, DateTimeOffset At);

/// <summary>The payment is reverted; <paramref name="Status"/> is its status now (<c>REFUNDED</c>, or <c>FAILED</c>/<c>NONE</c> when nothing was authorized).</summary>
[Message("payment.reverted")]
public sealed record PaymentReverted(Guid OrderId, [InternalOnly] Guid? PaymentId, string Status, DateTimeOffset At);

public static class PaymentFailureReasons
{
    public const string Declined = "DECLINED";
    public const string InsufficientFunds = "INSUFFICIENT_FUNDS";
    public const string ProcessingError = "PROCESSING_ERROR";
}

/// <summary>The payment statuses of R-PAY-1 (docs/requirements.md).</summary>
public static class PaymentStatuses
{
    public const string Initiating = "INITIATING";
    public const string Authorized = "AUTHORIZED";
    public const string InEscrow = "INESCROW";
    public const string Released = "RELEASED";
    public const string Failed = "FAILED";
    public const string Refunded = "REFUNDED";
}

[Message("payment.captured")]
public sealed record PaymentCaptured(Guid OrderId, [InternalOnly] Guid PaymentId, decimal Amount, DateTimeOffset At);

[Message("payment.captureFailed")]
public sealed record PaymentCaptureFailed(Guid OrderId, [InternalOnly] string Reason, DateTimeOffset At);

/// <summary>Part of a captured payment went back to the customer's card; <paramref name="TotalRefunded"/> is all refunded of it so far.</summary>
[Message("payment.refunded")]
public sealed record PaymentRefunded(Guid OrderId, Guid RefundId, decimal Amount, DateTimeOffset At, decimal TotalRefunded);

[Message("payment.authorizationIncreased")]
public sealed record AuthorizationIncreased(Guid OrderId, Guid BoostId, decimal Increment, decimal Amount, DateTimeOffset At);

[Message("payment.authorizationIncreaseFailed")]
public sealed record AuthorizationIncreaseFailed(Guid OrderId, Guid BoostId, string Reason, DateTimeOffset At);

[Message("payment.payoutPaid")]
public sealed record PayoutPaid(Guid PayoutId, [Addressee] Guid UserId, decimal Amount, DateTimeOffset At);

/// <param name="Reason">Why, for the payee: the gateway's decline code, or that transient errors outlasted the retries.</param>
[Message("payment.payoutFailed")]
public sealed record PayoutFailed(Guid PayoutId, [Addressee] Guid UserId, string Reason, DateTimeOffset At);
