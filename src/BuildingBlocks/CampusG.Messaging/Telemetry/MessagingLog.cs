using Microsoft.Extensions.Logging;

namespace CampusG.Messaging.Telemetry;

internal static partial class MessagingLog
{
    [LoggerMessage(1, LogLevel.Error, "Outbox relay of {Endpoint} failed; it tries again at the next nudge or poll")]
    public static partial void RelayFailed(ILogger logger, Exception exception, string endpoint);

    [LoggerMessage(2, LogLevel.Warning, "Transport refused {Count} messages from {Endpoint} (attempt {Attempt}); they stay in the outbox")]
    public static partial void PublishFailed(ILogger logger, Exception exception, string endpoint, int count, int attempt);

    [LoggerMessage(3, LogLevel.Warning, "{Handler} failed on {MessageType} {MessageId} (attempt {Attempt}); retrying in {Delay}")]
    public static partial void HandlerRetrying(ILogger logger, Exception exception, string handler, string messageType, Guid messageId, int attempt, TimeSpan delay);

    [LoggerMessage(4, LogLevel.Error, "{Endpoint} dead-lettered {MessageType} {MessageId} after {Attempts} attempts")]
    public static partial void DeadLettered(ILogger logger, Exception exception, string endpoint, string messageType, Guid? messageId, int attempts);

    [LoggerMessage(5, LogLevel.Debug, "{Endpoint} could not handle a batch of {Count} together; handling them one by one")]
    public static partial void BatchFellBack(ILogger logger, Exception exception, string endpoint, int count);

    [LoggerMessage(6, LogLevel.Error, "{Endpoint} could not process a batch of {Count}; they will be delivered again")]
    public static partial void BatchAbandoned(ILogger logger, Exception exception, string endpoint, int count);

    [LoggerMessage(7, LogLevel.Information, "{Endpoint} replays dead letter {DeadLetterId}")]
    public static partial void Replaying(ILogger logger, string endpoint, Guid deadLetterId);
}
