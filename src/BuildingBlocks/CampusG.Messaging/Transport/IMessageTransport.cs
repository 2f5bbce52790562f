namespace CampusG.Messaging.Transport;

/// <summary>
/// Carries envelopes between modules. The in-process transport (embedded mode) and the broker
/// transport (distributed mode) both pass <c>TransportConformanceTests</c>.
/// </summary>
public interface IMessageTransport
{
    /// <summary>Short name for health reports and logs ("in-process", "rabbitmq").</summary>
    string Name { get; }

    /// <summary>
    /// Hands messages over. Completes only when the transport has taken responsibility for every one
    /// (a broker's confirm; in process, every subscribed endpoint has handled or dead-lettered it).
    /// Until then the outbox keeps them, so a crash loses nothing.
    /// </summary>
    Task PublishAsync(IReadOnlyList<TransportMessage> messages, CancellationToken cancellationToken);

    /// <summary>
    /// Starts delivering messages of <paramref name="messageTypes"/> to <paramref name="receiver"/>,
    /// each endpoint getting its own copy. A delivery whose task fails or is cancelled is not acknowledged
    /// and comes again. Dispose the result to stop.
    /// </summary>
    Task<IAsyncDisposable> SubscribeAsync(
        string endpoint,
        IReadOnlyCollection<string> messageTypes,
        IMessageReceiver receiver,
        CancellationToken cancellationToken);

    /// <summary>True while the transport can accept and deliver messages.</summary>
    Task<bool> IsHealthyAsync(CancellationToken cancellationToken);
}

/// <summary>One envelope on its way: the bytes plus what routing and ordering need without parsing.</summary>
public sealed record TransportMessage(Guid MessageId, string Type, string CorrelationId, ReadOnlyMemory<byte> Body);

/// <summary>An endpoint's inbound side.</summary>
public interface IMessageReceiver
{
    /// <summary>
    /// Completes when the message is durably dealt with: handled by every handler of the endpoint
    /// or dead-lettered. Faults or cancels when it must be delivered again.
    /// </summary>
    Task ReceiveAsync(TransportMessage message, CancellationToken cancellationToken);
}
