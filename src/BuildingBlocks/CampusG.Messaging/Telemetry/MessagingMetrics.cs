using System.Diagnostics;
using System.Diagnostics.Metrics;
using CampusG.Messaging.DeadLetters;
using CampusG.Messaging.Outbox;

namespace CampusG.Messaging.Telemetry;

/// <summary>
/// Messaging's meters and its one <see cref="ActivitySource"/>, which reads and writes <c>traceparent</c>. The counters
/// and the outbox lag histogram are recorded as messages move; the gauges (unpublished outbox rows, the age of the
/// oldest, stored dead letters) come from each endpoint's <see cref="IEndpointBacklog"/> reading.
/// </summary>
internal sealed class MessagingMetrics : IDisposable
{
    public const string Name = "CampusG.Messaging";

    private readonly Meter _meter;
    private readonly Counter<long> _published;
    private readonly Counter<long> _handled;
    private readonly Counter<long> _deadLettered;
    private readonly Histogram<double> _outboxLag;

    public MessagingMetrics(IMeterFactory meters, IEnumerable<IEndpointBacklog> backlogs)
    {
        var endpoints = backlogs.ToArray();
        _meter = meters.Create(Name);
        _published = _meter.CreateCounter<long>("campusg.messaging.published", "{message}", "Messages the outbox relays handed to the transport");
        _handled = _meter.CreateCounter<long>("campusg.messaging.handled", "{message}", "Messages applied by a handler");
        _deadLettered = _meter.CreateCounter<long>("campusg.messaging.dead_lettered", "{message}", "Messages moved to the dead-letter store");
        _outboxLag = _meter.CreateHistogram<double>("campusg.messaging.outbox.lag", "ms", "Time from the commit that wrote a message to its publication");
        _meter.CreateObservableGauge("campusg.messaging.outbox.pending", () => Measure(endpoints, b => b.PendingOutbox), "{message}",
            "Outbox rows not published yet");
        _meter.CreateObservableGauge("campusg.messaging.outbox.oldest_age", () => Measure(endpoints, b => b.OldestPendingAge.TotalSeconds), "s",
            "How long ago the oldest unpublished outbox row was written");
        _meter.CreateObservableGauge("campusg.messaging.dead_letters", () => DeadLetters(endpoints), "{message}",
            "Dead letters stored, by status");
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

    private static IEnumerable<Measurement<double>> Measure(IEndpointBacklog[] endpoints, Func<EndpointBacklog, double> value) =>
        from endpoint in endpoints
        let backlog = endpoint.Current
        where backlog is not null
        select new Measurement<double>(value(backlog), new KeyValuePair<string, object?>("endpoint", endpoint.Endpoint));

    /// <summary>Every status of every endpoint, 0 included, so a replayed dead letter takes its count back to 0.</summary>
    private static IEnumerable<Measurement<int>> DeadLetters(IEndpointBacklog[] endpoints) =>
        from endpoint in endpoints
        let backlog = endpoint.Current
        where backlog is not null
        from status in Enum.GetValues<DeadLetterStatus>()
        select new Measurement<int>(
            backlog.DeadLetters.GetValueOrDefault(status),
            new("endpoint", endpoint.Endpoint),
            new("status", StatusLabel(status)));

    private static string StatusLabel(DeadLetterStatus status) => status switch
    {
        DeadLetterStatus.Failed => "failed",
        DeadLetterStatus.ReplayRequested => "replay_requested",
        _ => "replayed",
    };

    public void Dispose()
    {
        Activities.Dispose();
        _meter.Dispose();
    }
}
