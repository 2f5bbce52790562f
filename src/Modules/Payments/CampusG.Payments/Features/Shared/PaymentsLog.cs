using Microsoft.Extensions.Logging;

namespace CampusG.Payments.Features;

internal static partial class PaymentsLog
{
    [LoggerMessage(1, LogLevel.Information, "Payment {PaymentId} of order {OrderId} authorized ({AuthorizationId})")]
    public static partial void Authorized(ILogger logger, Guid paymentId, Guid orderId, string authorizationId);

    [LoggerMessage(2, LogLevel.Information, "Payment {PaymentId} of order {OrderId} failed: {Reason} ({Code})")]
    public static partial void Failed(ILogger logger, Guid paymentId, Guid orderId, string reason, string? code);

    [LoggerMessage(3, LogLevel.Warning, "Payment {PaymentId} of order {OrderId} failed transiently ({Code}); try {Attempt} follows at {DueAt}")]
    public static partial void RetryScheduled(ILogger logger, Guid paymentId, Guid orderId, string? code, int attempt, DateTimeOffset dueAt);

    [LoggerMessage(4, LogLevel.Information, "Payment {PaymentId} of order {OrderId} refunded (gateway reference {ReferenceId})")]
    public static partial void Refunded(ILogger logger, Guid paymentId, Guid orderId, string? referenceId);

    [LoggerMessage(5, LogLevel.Debug, "{Message} for order {OrderId} ignored: the payment is {Status}")]
    public static partial void Ignored(ILogger logger, string message, Guid orderId, string status);

    [LoggerMessage(6, LogLevel.Information, "Payout {PayoutId} to user {UserId} paid (gateway reference {ReferenceId})")]
    public static partial void PaidOut(ILogger logger, Guid payoutId, Guid userId, string? referenceId);

    [LoggerMessage(7, LogLevel.Warning, "Payout {PayoutId} to user {UserId} failed: {Reason}; the amount goes back to their balance")]
    public static partial void PayoutFailed(ILogger logger, Guid payoutId, Guid userId, string reason);

    [LoggerMessage(8, LogLevel.Warning, "Payout {PayoutId} failed transiently ({Code}); try {Attempt} follows at {DueAt}")]
    public static partial void PayoutRetryScheduled(ILogger logger, Guid payoutId, string? code, int attempt, DateTimeOffset dueAt);
}
