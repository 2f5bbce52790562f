namespace CampusG.Messaging.Outbox;

/// <summary>A message a module sends, written in the same transaction as the state change that caused it.</summary>
public sealed class OutboxMessage
{
    /// <summary>Commit order; the relay publishes in this order, which keeps order per correlation id.</summary>
    public long Sequence { get; set; }

    public Guid MessageId { get; set; }

    public required string Type { get; set; }

    public required string CorrelationId { get; set; }

    public Guid? CausationId { get; set; }

    public string? Traceparent { get; set; }

    public DateTime OccurredAt { get; set; }

    /// <summary>The payload as JSON; the envelope is built around it when published.</summary>
    public required string Payload { get; set; }

    public DateTime? PublishedAt { get; set; }

    public int Attempts { get; set; }

    public DateTime? NextAttemptAt { get; set; }

    public string? LastError { get; set; }
}
