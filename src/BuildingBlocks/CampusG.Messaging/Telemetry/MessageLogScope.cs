using System.Text.Json;

namespace CampusG.Messaging.Telemetry;

/// <summary>
/// The log scope of a message being handled, so every line a handler or saga writes names it: <c>CorrelationId</c>,
/// <c>MessageType</c>, <c>MessageId</c>, and <c>OrderId</c> when the payload has an <c>orderId</c> (a payout's or a
/// restaurant's correlation id is not an order id, so the order id is taken from the payload, not the correlation id).
/// </summary>
internal static class MessageLogScope
{
    public static Dictionary<string, object?> For(Envelope envelope)
    {
        var scope = new Dictionary<string, object?>(4, StringComparer.Ordinal)
        {
            ["CorrelationId"] = envelope.CorrelationId,
            ["MessageType"] = envelope.Type,
            ["MessageId"] = envelope.Id,
        };
        if (envelope.Payload.ValueKind == JsonValueKind.Object
            && envelope.Payload.TryGetProperty("orderId", out var orderId)
            && orderId.ValueKind == JsonValueKind.String)
        {
            scope["OrderId"] = orderId.GetString();
        }

        return scope;
    }
}
