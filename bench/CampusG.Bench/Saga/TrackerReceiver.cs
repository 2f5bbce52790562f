using System.Diagnostics;
using CampusG.Messaging.Transport;

namespace CampusG.Bench.Saga;

/// <summary>
/// The benchmark's own subscriber: stamps each message of the saga's path as it is published. Routing and the
/// correlation id (the order id) need no parsing; only notification.sent is searched for its template.
/// </summary>
internal sealed class TrackerReceiver(SagaTracker tracker) : IMessageReceiver
{
    private volatile SagaTracker _tracker = tracker;

    private const string Sent = "notification.sent";

    private readonly byte[] _completion = System.Text.Encoding.UTF8.GetBytes($"\"{SagaTracker.CompletionTemplate}\"");

    /// <summary>The tracker that gets the stamps from now on (the warm-up has its own).</summary>
    public SagaTracker Tracker
    {
        set => _tracker = value;
    }

    public Task ReceiveAsync(TransportMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        Record(message.Type, message.CorrelationId, message.Body.Span);
        return Task.CompletedTask;
    }

    public void Record(string type, string correlationId, ReadOnlySpan<byte> body)
    {
        var at = Stopwatch.GetTimestamp();
        if (Guid.TryParse(correlationId, out var orderId))
        {
            _tracker.Saw(type, orderId, at, type != Sent || body.IndexOf((ReadOnlySpan<byte>)_completion) >= 0);
        }
    }
}
