using System.Diagnostics;
using System.Diagnostics.Metrics;
using CampusG.Messaging.Outbox;

namespace CampusG.Messaging.Telemetry;

/// <summary>Messaging's meters and its one <see cref="ActivitySource"/>, which reads and writes <c>traceparent</c>.</summary>
internal sealed class MessagingMetrics : IDisposable
{
    public const string Name = "CampusG.Messaging";

    private readonly Meter _meter;
    private readonly Counter<long> _published;
    private readonly Counter<long> _handled;
    private readonly Counter<long> _deadLettered;
    private readonly Histogram<double> _outboxLag;

    public MessagingMetrics(IMeterFactory meters)
    {
        _meter = meters.Create(Name);
        _published = _meter.CreateCounter<long>("campusg.messaging.published", "{message}", "Messages the outbox relays handed to the transport");
        _handled = _meter.CreateCounter<long>("campusg.messaging.handled", "{message}", "Messages applied by a handler");
        _deadLettered = _meter.CreateCounter<long>("campusg.messaging.dead_lettered", "{message}", "Messages moved to the dead-letter store");
        _outboxLag = _meter.CreateHistogram<double>("campusg.messaging.outbox.lag", "ms", "Time from the commit that wrote a message to its publication");
    }

    public ActivitySource Activities { get; } = new(Name);

    public void Published(string endpoint, List<OutboxMessage> messages, DateTime publishedAt)
    {
        var tag = new KeyValuePair<string, object?>("endpoint", endpoint);
        _published.Add(messages.Count, tag);
        foreach (var message in messages)
        {
            _outboxLag.Record((publishedAt - message.OccurredAt).TotalMilliseconds, tag);
        }
    }

    public void Handled(string endpoint, string messageType) =>
        _handled.Add(1, new("endpoint", endpoint), new("type", messageType));

    public void DeadLettered(string endpoint, string messageType) =>
        _deadLettered.Add(1, new("endpoint", endpoint), new("type", messageType));

    public Activity? StartHandling(string endpoint, Envelope envelope, string handler)
    {
        ActivityContext.TryParse(envelope.Traceparent, null, out var parent);
        var activity = Activities.StartActivity($"{envelope.Type} process", ActivityKind.Consumer, parent);
        activity?.SetTag("messaging.destination.name", endpoint);
        activity?.SetTag("messaging.message.id", envelope.Id.ToString());
        activity?.SetTag("messaging.message.conversation_id", envelope.CorrelationId);
        activity?.SetTag("campusg.handler", handler);
        return activity;
    }

    public void Dispose()
    {
        Activities.Dispose();
        _meter.Dispose();
    }
}
