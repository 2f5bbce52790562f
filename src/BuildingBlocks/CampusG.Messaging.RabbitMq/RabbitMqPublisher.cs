using CampusG.Messaging.Transport;
using RabbitMQ.Client;

namespace CampusG.Messaging.RabbitMq;

/// <summary>
/// Publishes on one channel with publisher confirms: a batch is pipelined and the call completes only
/// when the broker has confirmed every message; a nack, a lost connection or the timeout throws, and the
/// outbox publishes the batch again (the inboxes drop the duplicates).
/// </summary>
internal sealed class RabbitMqPublisher(RabbitMqConnection connection, RabbitMqTransportOptions options) : IAsyncDisposable
{
    // one batch at a time on the channel: confirms are tracked per channel
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IChannel? _channel;

    public async Task PublishAsync(IReadOnlyList<TransportMessage> messages, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.PublishTimeout);
        await _gate.WaitAsync(timeout.Token);
        try
        {
            var channel = await ChannelAsync(timeout.Token);
            var confirms = new Task[messages.Count];
            for (var i = 0; i < messages.Count; i++)
            {
                var message = messages[i];
                confirms[i] = channel.BasicPublishAsync(
                    options.Exchange, message.Type, mandatory: false, Properties(message), message.Body, timeout.Token).AsTask();
            }

            await Task.WhenAll(confirms);
        }
        finally
        {
            _gate.Release();
        }
    }

    private static BasicProperties Properties(TransportMessage message) => new()
    {
        MessageId = message.MessageId.ToString(),
        Type = message.Type,
        CorrelationId = message.CorrelationId,
        ContentType = "application/json",
        Persistent = true,
    };

    private async Task<IChannel> ChannelAsync(CancellationToken cancellationToken)
    {
        if (_channel is { IsOpen: true } open)
        {
            return open;
        }

        // A channel closed by the broker (e.g. its exchange was deleted) is not recovered: open another.
        // While the connection itself is down this fails, and the outbox tries again later.
        if (_channel is not null && connection.IsOpen)
        {
            await _channel.DisposeAsync();
            _channel = null;
        }

        if (_channel is null)
        {
            var channel = await connection.CreateChannelAsync(confirmed: true, cancellationToken);
            await RabbitMqTopology.DeclareExchangeAsync(channel, options, cancellationToken);
            _channel = channel;
        }

        return _channel;
    }

    public async ValueTask DisposeAsync()
    {
        if (_channel is { } channel)
        {
            _channel = null;
            await channel.DisposeAsync();
        }
    }
}
