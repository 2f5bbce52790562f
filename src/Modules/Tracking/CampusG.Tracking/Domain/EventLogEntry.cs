namespace CampusG.Tracking.Domain;

/// <summary>One message as it crossed the bus (the event log, R-TRK-1 in docs/requirements.md): recorded once, in arrival order.</summary>
internal sealed class EventLogEntry
{
    /// <summary>Arrival order within this log.</summary>
    public long Seq { get; private init; }

    /// <summary>The envelope id; unique, so a redelivered message is recorded once.</summary>
    public Guid MessageId { get; private init; }

    public string Type { get; private init; } = "";

    /// <summary>The order id for every message about an order.</summary>
    public string CorrelationId { get; private init; } = "";

    /// <summary>The endpoint (module) that sent it, when the envelope says.</summary>
    public string? Source { get; private init; }

    /// <summary>When the sender wrote the message.</summary>
    public DateTime Timestamp { get; private init; }

    /// <summary>The payload as raw JSON text, exactly as it travelled.</summary>
    public string Payload { get; private init; } = "{}";

    public DateTime RecordedAt { get; private init; }
}
