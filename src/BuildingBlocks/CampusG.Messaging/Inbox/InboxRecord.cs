namespace CampusG.Messaging.Inbox;

/// <summary>Proof that a handler applied a message: written in the handler's own transaction.</summary>
public sealed class InboxRecord
{
    public Guid MessageId { get; set; }

    public required string Handler { get; set; }

    public DateTime ProcessedAt { get; set; }
}
