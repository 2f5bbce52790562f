using CampusG.Messaging.Transport;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Messaging.RabbitMq;

/// <summary>Distributed mode's transport: RabbitMQ with publisher confirms and manual acknowledgements.</summary>
internal sealed class RabbitMqTransport(
    RabbitMqConnection connection, IOptions<RabbitMqTransportOptions> options, ILogger<RabbitMqTransport> logger)
    : IMessageTransport
{
    private readonly RabbitMqTransportOptions _options = options.Value;
    private readonly RabbitMqPublisher _publisher = new(connection, options.Value);
    private readonly List<RabbitMqSubscription> _subscriptions = [];

    public string Name => "rabbitmq";

    public Task PublishAsync(IReadOnlyList<TransportMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        return messages.Count == 0 ? Task.CompletedTask : _publisher.PublishAsync(messages, cancellationToken);
    }

    public async Task<IAsyncDisposable> SubscribeAsync(
        string endpoint,
        IReadOnlyCollection<string> messageTypes,
        IMessageReceiver receiver,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(endpoint);
        ArgumentNullException.ThrowIfNull(messageTypes);
        var subscription = await RabbitMqSubscription.StartAsync(
            connection,
            async (channel, ct) =>
            {
                await channel.BasicQosAsync(prefetchSize: 0, _options.PrefetchCount, global: false, ct);
                return await RabbitMqTopology.DeclareEndpointAsync(channel, _options, endpoint, messageTypes, ct);
            },
            receiver,
            _options.SubscriptionCheckInterval,
            logger,
            cancellationToken);
        RabbitMqLog.Consuming(logger, _options.QueueFor(endpoint), string.Join(", ", messageTypes));
        lock (_subscriptions)
        {
            _subscriptions.Add(subscription);
        }

        return new Subscribed(this, subscription);
    }

    /// <summary>Healthy: connected, and every subscription's consumer is registered (none waits for a reconnect or re-subscribe).</summary>
    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (!(await connection.GetAsync(cancellationToken)).IsOpen)
            {
                return false;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false; // not even the first connect succeeded
        }

        lock (_subscriptions)
        {
            return _subscriptions.TrueForAll(s => s.IsConsuming);
        }
    }

    /// <summary>Closes the publishing channel; not IAsyncDisposable, which the host's synchronous Dispose refuses.</summary>
    public ValueTask StopAsync() => _publisher.DisposeAsync();

    /// <summary>What a subscriber holds: disposing it stops the subscription and forgets it for the health check.</summary>
    internal sealed class Subscribed(RabbitMqTransport transport, RabbitMqSubscription subscription) : IAsyncDisposable
    {
        public RabbitMqSubscription Subscription => subscription;

        public async ValueTask DisposeAsync()
        {
            lock (transport._subscriptions)
            {
                transport._subscriptions.Remove(subscription);
            }

            await subscription.DisposeAsync();
        }
    }
}
