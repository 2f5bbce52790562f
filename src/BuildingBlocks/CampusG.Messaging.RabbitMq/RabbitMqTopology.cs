using RabbitMQ.Client;

namespace CampusG.Messaging.RabbitMq;

/// <summary>
/// What the transport declares: one durable topic exchange routed by wire name; per endpoint a durable
/// quorum queue bound to its types and patterns, and a <c>.dlq</c> quorum queue that takes a message
/// the transport failed to settle <see cref="RabbitMqTransportOptions.DeliveryLimit"/> times.
/// Declarations are idempotent, and the client repeats them after a reconnect.
/// </summary>
internal static class RabbitMqTopology
{
    public static Task DeclareExchangeAsync(IChannel channel, RabbitMqTransportOptions options, CancellationToken cancellationToken) =>
        channel.ExchangeDeclareAsync(options.Exchange, ExchangeType.Topic, durable: true, autoDelete: false, cancellationToken: cancellationToken);

    /// <summary>Declares the endpoint's queues and bindings and returns the name of the queue to consume.</summary>
    public static async Task<string> DeclareEndpointAsync(
        IChannel channel, RabbitMqTransportOptions options, string endpoint, IEnumerable<string> bindings, CancellationToken cancellationToken)
    {
        var queue = options.QueueFor(endpoint);
        var deadLetterQueue = RabbitMqTransportOptions.DeadLetterQueueFor(queue);
        await DeclareExchangeAsync(channel, options, cancellationToken);
        await channel.ExchangeDeclareAsync(
            options.DeadLetterExchange, ExchangeType.Direct, durable: true, autoDelete: false, cancellationToken: cancellationToken);
        await DeclareQuorumQueueAsync(channel, deadLetterQueue, [], cancellationToken);
        await channel.QueueBindAsync(deadLetterQueue, options.DeadLetterExchange, routingKey: queue, cancellationToken: cancellationToken);

        await DeclareQuorumQueueAsync(
            channel,
            queue,
            [
                new("x-delivery-limit", options.DeliveryLimit),
                new("x-dead-letter-exchange", options.DeadLetterExchange),
                new("x-dead-letter-routing-key", queue),
            ],
            cancellationToken);
        foreach (var binding in bindings)
        {
            await channel.QueueBindAsync(queue, options.Exchange, routingKey: binding, cancellationToken: cancellationToken);
        }

        return queue;
    }

    private static Task DeclareQuorumQueueAsync(
        IChannel channel, string queue, KeyValuePair<string, object?>[] arguments, CancellationToken cancellationToken)
    {
        // quorum: replicated and durable by design, and the queue type that counts deliveries (x-delivery-limit)
        var all = new Dictionary<string, object?>(arguments, StringComparer.Ordinal) { ["x-queue-type"] = "quorum" };
        return channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, all, cancellationToken: cancellationToken);
    }
}
