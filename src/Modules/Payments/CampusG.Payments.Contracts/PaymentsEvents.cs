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

[Message("payment.released")]
public sealed record PaymentReleased(Guid OrderId, [InternalOnly] Guid PaymentId, Guid RunnerId, decimal Amount, DateTimeOffset At);

[Message("payment.captured")]
public sealed record PaymentCaptured(Guid OrderId, [InternalOnly] Guid PaymentId, decimal Amount, DateTimeOffset At);

[Message("payment.captureFailed")]
public sealed record PaymentCaptureFailed(Guid OrderId, [InternalOnly] string Reason, DateTimeOffset At);

[Message("payment.releaseFailed")]
public sealed record PaymentReleaseFailed(Guid OrderId, string Reason, DateTimeOffset At);
