using System.Collections.Concurrent;
using CampusG.Messaging.Transport;

namespace CampusG.Messaging.RabbitMq.Tests.Support;

/// <summary>A receiver that records what it gets, and fails every delivery when told to.</summary>
public sealed class RecordingReceiver(bool alwaysFail = false) : IMessageReceiver
{
    public ConcurrentQueue<TransportMessage> Received { get; } = new();

    public Task ReceiveAsync(TransportMessage message, CancellationToken cancellationToken)
    {
        Received.Enqueue(message);
        return alwaysFail ? Task.FromException(new InvalidOperationException("the endpoint could not commit")) : Task.CompletedTask;
    }
}
