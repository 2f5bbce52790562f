using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace CampusG.Messaging.Transport;

/// <summary>
/// Embedded mode's transport. It keeps no queue of its own: the publishing module's outbox is the
/// durable queue, and a publish completes only once every subscribed endpoint has dealt with the message,
/// so after a crash the relay simply publishes again and the inboxes drop what was already applied.
/// </summary>
internal sealed class InProcessTransport : IMessageTransport
{
    private readonly ConcurrentDictionary<string, ImmutableArray<IMessageReceiver>> _routes = new(StringComparer.Ordinal);

    public string Name => "in-process";

    public Task PublishAsync(IReadOnlyList<TransportMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        List<Task>? pending = null;
        foreach (var message in messages)
        {
            if (!_routes.TryGetValue(message.Type, out var receivers))
            {
                continue; // like a topic exchange: a type nobody subscribes to goes nowhere
            }

            foreach (var receiver in receivers)
            {
                (pending ??= []).Add(receiver.ReceiveAsync(message, cancellationToken));
            }
        }

        return pending is null ? Task.CompletedTask : Task.WhenAll(pending).WaitAsync(cancellationToken);
    }

    public Task<IAsyncDisposable> SubscribeAsync(
        string endpoint,
        IReadOnlyCollection<string> messageTypes,
        IMessageReceiver receiver,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messageTypes);
        foreach (var type in messageTypes)
        {
            _routes.AddOrUpdate(type, _ => [receiver], (_, existing) => existing.Add(receiver));
        }

        return Task.FromResult<IAsyncDisposable>(new Subscription(this, messageTypes, receiver));
    }

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    private void Unsubscribe(IReadOnlyCollection<string> messageTypes, IMessageReceiver receiver)
    {
        foreach (var type in messageTypes)
        {
            _routes.AddOrUpdate(type, _ => [], (_, existing) => existing.Remove(receiver));
        }
    }

    private sealed class Subscription(InProcessTransport owner, IReadOnlyCollection<string> types, IMessageReceiver receiver)
        : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            owner.Unsubscribe(types, receiver);
            return ValueTask.CompletedTask;
        }
    }
}
