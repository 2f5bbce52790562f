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
        var channel = await connection.CreateChannelAsync(confirmed: false, cancellationToken);
        try
        {
            await channel.BasicQosAsync(prefetchSize: 0, _options.PrefetchCount, global: false, cancellationToken);
            var queue = await RabbitMqTopology.DeclareEndpointAsync(channel, _options, endpoint, messageTypes, cancellationToken);
            var subscription = new RabbitMqSubscription(channel, queue, receiver, logger);
            await subscription.StartAsync(cancellationToken);
            RabbitMqLog.Consuming(logger, queue, string.Join(", ", messageTypes));
            return subscription;
        }
        catch
        {
            await channel.DisposeAsync();
            throw;
        }
    }

    public async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await connection.GetAsync(cancellationToken)).IsOpen;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return false; // not even the first connect succeeded
        }
    }

    /// <summary>Closes the publishing channel; not IAsyncDisposable, which the host's synchronous Dispose refuses.</summary>
    public ValueTask StopAsync() => _publisher.DisposeAsync();
}
