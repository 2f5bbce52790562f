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

    [LoggerMessage(6, LogLevel.Information, "Payment {PaymentId} of order {OrderId} released to runner {RunnerId} (payout {PayoutId})")]
    public static partial void Released(ILogger logger, Guid paymentId, Guid orderId, Guid? runnerId, string payoutId);

    [LoggerMessage(7, LogLevel.Error, "Payment {PaymentId} of order {OrderId} could not be released: {Reason}; the money stays in escrow for an operator")]
    public static partial void ReleaseFailed(ILogger logger, Guid paymentId, Guid orderId, string reason);
}
