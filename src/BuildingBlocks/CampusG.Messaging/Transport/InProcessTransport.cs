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
    private readonly Lock _gate = new();
    private volatile ImmutableList<(string Binding, IMessageReceiver Receiver)> _bindings = [];
    private volatile ConcurrentDictionary<string, IMessageReceiver[]> _routes = new(StringComparer.Ordinal);

    public string Name => "in-process";

    public Task PublishAsync(IReadOnlyList<TransportMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        List<Task>? pending = null;
        var routes = _routes;
        foreach (var message in messages)
        {
            // like a topic exchange: a type nobody is bound to goes nowhere
            foreach (var receiver in routes.GetOrAdd(message.Type, Route))
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
        Rebind(bindings => bindings.AddRange(messageTypes.Select(type => (type, receiver))));
        return Task.FromResult<IAsyncDisposable>(new Subscription());
    }

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken) => Task.FromResult(true);

    // Each endpoint gets one copy of a message, however many of its bindings match.
    private IMessageReceiver[] Route(string type) =>
        [.. _bindings.Where(b => b.Binding == type || (TopicPattern.IsPattern(b.Binding) && TopicPattern.Matches(b.Binding, type)))
            .Select(b => b.Receiver)
            .Distinct()];

    private void Rebind(Func<ImmutableList<(string, IMessageReceiver)>, ImmutableList<(string, IMessageReceiver)>> change)
    {
        lock (_gate)
        {
            _bindings = change(_bindings);
            _routes = new ConcurrentDictionary<string, IMessageReceiver[]>(StringComparer.Ordinal);
        }
    }

    /// <summary>
    /// Stopping an endpoint keeps its binding: a stopped endpoint refuses deliveries, so a publish
    /// to it fails and the message stays in the sender's outbox. Removing the binding would make
    /// that publish "succeed" with nobody to deliver to, and the message would be lost for the
    /// endpoint when the process restarts (a broker keeps the queue for the same reason).
    /// </summary>
    private sealed class Subscription : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
