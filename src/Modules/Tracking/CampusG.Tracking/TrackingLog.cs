using Microsoft.Extensions.Logging;

namespace CampusG.Tracking;

internal static partial class TrackingLog
{
    [LoggerMessage(Level = LogLevel.Debug, Message = "{Type} {MessageId} moved no status of order {OrderId} (duplicate or late); recorded and ignored")]
    public static partial void EventIgnored(ILogger logger, string type, Guid messageId, Guid orderId);
}
