namespace CampusG.Messaging.Endpoints;

/// <summary>A message waiting in an endpoint's queue, and the transport's wait for its outcome.</summary>
internal sealed class Delivery(ReadOnlyMemory<byte> body, Guid? replayOf = null)
{
    private readonly TaskCompletionSource _outcome = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ReadOnlyMemory<byte> Body { get; } = body;

    /// <summary>The dead letter this delivery replays, if it is a replay.</summary>
    public Guid? ReplayOf { get; } = replayOf;

    public Task Outcome => _outcome.Task;

    /// <summary>Handled or dead-lettered: the transport may acknowledge it.</summary>
    public void Complete() => _outcome.TrySetResult();

    /// <summary>Not dealt with: the transport must deliver it again.</summary>
    public void Abandon() => _outcome.TrySetCanceled();
}

/// <summary>A delivery that was read: its envelope, payload and the handlers it goes to.</summary>
internal sealed record IncomingMessage(Delivery Delivery, Envelope Envelope, object? Payload, HandlerRegistration[] Handlers);
