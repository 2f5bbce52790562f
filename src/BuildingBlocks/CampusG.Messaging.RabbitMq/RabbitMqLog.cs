using Microsoft.Extensions.Logging;

namespace CampusG.Messaging.RabbitMq;

internal static partial class RabbitMqLog
{
    [LoggerMessage(101, LogLevel.Information, "Connected to RabbitMQ at {Endpoint} as {ConnectionName}")]
    public static partial void Connected(ILogger logger, string endpoint, string connectionName);

    [LoggerMessage(102, LogLevel.Warning, "RabbitMQ connection lost ({Reason}); reconnecting")]
    public static partial void ConnectionLost(ILogger logger, string reason);

    [LoggerMessage(103, LogLevel.Information, "RabbitMQ connection recovered")]
    public static partial void ConnectionRecovered(ILogger logger);

    [LoggerMessage(104, LogLevel.Debug, "Could not settle delivery {DeliveryTag} on {Queue}; the broker delivers it again once its channel closes")]
    public static partial void SettleFailed(ILogger logger, Exception exception, ulong deliveryTag, string queue);

    [LoggerMessage(105, LogLevel.Warning, "Closing the RabbitMQ consumer of {Queue} failed")]
    public static partial void CloseFailed(ILogger logger, Exception exception, string queue);

    [LoggerMessage(106, LogLevel.Information, "Consuming {Queue} bound to {Bindings}")]
    public static partial void Consuming(ILogger logger, string queue, string bindings);

    [LoggerMessage(107, LogLevel.Warning, "The RabbitMQ consumer of {Queue} stopped on an open connection ({Reason}); subscribing again")]
    public static partial void ConsumerStopped(ILogger logger, string queue, string reason);

    [LoggerMessage(108, LogLevel.Information, "Consuming {Queue} again")]
    public static partial void Resubscribed(ILogger logger, string queue);

    [LoggerMessage(109, LogLevel.Error, "Subscribing to {Queue} again failed; trying again shortly")]
    public static partial void ResubscribeFailed(ILogger logger, Exception exception, string queue);
}
