namespace CampusG.Messaging.DeadLetters;

/// <summary>A message an endpoint could not handle: kept with its error until an operator replays it.</summary>
public sealed class DeadLetter
{
    public Guid Id { get; set; }

    /// <summary>The endpoint (module queue) that failed to handle it.</summary>
    public required string Queue { get; set; }

    /// <summary>The handler that failed; null when the message could not be read at all.</summary>
    public string? Handler { get; set; }

    public Guid? MessageId { get; set; }

    public required string MessageType { get; set; }

    /// <summary>The envelope exactly as received, so a replay delivers the same bytes.</summary>
    public required string Envelope { get; set; }

    public required string Error { get; set; }

    public string? StackTrace { get; set; }

    public int Attempts { get; set; }

    public DateTime FailedAt { get; set; }

    public DeadLetterStatus Status { get; set; }

    public DateTime? ReplayedAt { get; set; }
}

public enum DeadLetterStatus
{
    Failed = 0,
    ReplayRequested = 1,
    Replayed = 2,
}
