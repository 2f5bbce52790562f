using CampusG.Messaging.Transport;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace CampusG.Messaging.RabbitMq;

/// <summary>
/// One endpoint's consumer on its own channel. Each delivery is handed to the receiver in arrival order
/// and the consumer moves on at once, so up to the prefetch count wait in the endpoint together and are
/// handled in batches, in order. A delivery is acknowledged when the receiver's task completes (its
/// transaction committed) and nacked back onto the queue when that task faults or is cancelled.
/// </summary>
/// <remarks>
/// The client's automatic recovery brings a consumer back after a lost connection, but not after the broker ended
/// the consumer or its channel while the connection stayed up: the queue deleted or restarted (basic.cancel), or a
/// channel error such as an acknowledgement timeout (channel.close). Then nothing is consumed, silently, on a
/// connection that reports itself open. So the subscription watches its consumer: when it has stopped on an open,
/// not recovering connection for two checks in a row, it subscribes again on a new channel (declaring the queue
/// and its bindings again) and closes the old one, whose unacknowledged deliveries the broker then delivers again.
/// </remarks>
internal sealed partial class RabbitMqSubscription : IAsyncDisposable
{
    private readonly RabbitMqConnection _connection;
    private readonly Func<IChannel, CancellationToken, Task<string>> _declare;
    private readonly IMessageReceiver _receiver;
    private readonly TimeSpan _checkInterval;
    private readonly ILogger _logger;

    // acks and nacks come from many continuations; one at a time
    private readonly SemaphoreSlim _settling = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private Consumer? _consumer;
    private Task _watching = Task.CompletedTask;
    private string _queue = string.Empty;
    private int _disposed;

    private RabbitMqSubscription(
        RabbitMqConnection connection, Func<IChannel, CancellationToken, Task<string>> declare, IMessageReceiver receiver, TimeSpan checkInterval, ILogger logger)
    {
        _connection = connection;
        _declare = declare;
        _receiver = receiver;
        _checkInterval = checkInterval;
        _logger = logger;
    }

    /// <summary>Consuming: the consumer is registered on an open channel (false while a reconnect or re-subscribe is due).</summary>
    public bool IsConsuming => _consumer is { IsRunning: true, Channel.IsOpen: true };

    /// <summary>The channel of the current consumer (tests close it from the broker's side).</summary>
    internal IChannel? Channel => _consumer?.Channel;

    /// <summary>
    /// Subscribes: <paramref name="declare"/> sets up a new channel (prefetch, queue, bindings) and returns the queue to consume.
    /// </summary>
    public static async Task<RabbitMqSubscription> StartAsync(
        RabbitMqConnection connection,
        Func<IChannel, CancellationToken, Task<string>> declare,
        IMessageReceiver receiver,
        TimeSpan checkInterval,
        ILogger logger,
        CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(checkInterval, TimeSpan.Zero);
        var subscription = new RabbitMqSubscription(connection, declare, receiver, checkInterval, logger);
        subscription._consumer = await subscription.ConsumeAsync(cancellationToken);
        subscription._watching = subscription.WatchAsync();
        return subscription;
    }

    private async Task<Consumer> ConsumeAsync(CancellationToken cancellationToken)
    {
        var channel = await _connection.CreateChannelAsync(confirmed: false, cancellationToken);
        try
        {
            _queue = await _declare(channel, cancellationToken);
            var consumer = new Consumer(channel, this);
            await channel.BasicConsumeAsync(_queue, autoAck: false, consumer, cancellationToken);
            return consumer;
        }
        catch
        {
            await channel.DisposeAsync();
            throw;
        }
    }

    private void OnReceived(IChannel channel, ulong deliveryTag, IReadOnlyBasicProperties properties, string routingKey, ReadOnlyMemory<byte> body)
    {
        // the client reuses the body's memory once this returns: the receiver gets a copy
        var message = new TransportMessage(
            Guid.TryParse(properties.MessageId, out var id) ? id : Guid.Empty,
            properties.Type ?? routingKey,
            properties.CorrelationId ?? string.Empty,
            body.ToArray());
        Task outcome;
        try
        {
            outcome = _receiver.ReceiveAsync(message, _stopping.Token);
        }
        catch (Exception ex)
        {
            outcome = Task.FromException(ex);
        }

        _ = SettleAsync(channel, outcome, deliveryTag);
    }

    /// <summary>Acknowledges on the channel the delivery came on; after a re-subscribe that one is closed and the broker delivers it again.</summary>
    private async Task SettleAsync(IChannel channel, Task outcome, ulong deliveryTag)
    {
        var handled = await outcome.ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default);
        await _settling.WaitAsync();
        try
        {
            if (handled)
            {
                await channel.BasicAckAsync(deliveryTag, multiple: false);
            }
            else
            {
                await channel.BasicNackAsync(deliveryTag, multiple: false, requeue: true);
            }
        }
        catch (Exception ex)
        {
            // Mostly the channel closed after this delivery (reconnect, re-subscribe, shutdown): the broker requeued it
            // and delivers it again, and the client drops tags from before a reconnect instead of acknowledging the
            // wrong message. Nobody awaits this task, so nothing may escape it.
            RabbitMqLog.SettleFailed(_logger, ex, deliveryTag, _queue);
        }
        finally
        {
            _settling.Release();
        }
    }

    /// <summary>Stops consuming and closes the channel; unacknowledged deliveries go back to the queue.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await _stopping.CancelAsync();
            await _watching;
        }
        finally
        {
            if (_consumer is { } consumer)
            {
                await CloseAsync(consumer.Channel, consumer.IsRunning ? consumer.ConsumerTags.FirstOrDefault() : null);
            }

            _stopping.Dispose();
        }
    }

    /// <summary>
    /// Cancels the consumer and closes its channel, or aborts a channel the broker closed (which removes it, and its
    /// consumer, from what the client's recovery would bring back). Never throws.
    /// </summary>
    private async Task CloseAsync(IChannel channel, string? consumerTag)
    {
        try
        {
            if (consumerTag is not null && channel.IsOpen)
            {
                await channel.BasicCancelAsync(consumerTag);
            }

            if (channel.IsOpen)
            {
                await channel.CloseAsync();
            }
            else
            {
                await channel.AbortAsync();
            }
        }
        catch (Exception ex)
        {
            RabbitMqLog.CloseFailed(_logger, ex, _queue);
        }
        finally
        {
            await channel.DisposeAsync();
        }
    }

    /// <summary>
    /// Hands each delivery over in arrival order (the channel dispatches one at a time). The base class keeps
    /// <see cref="AsyncDefaultBasicConsumer.IsRunning"/>: false after a broker's basic.cancel or the channel's shutdown,
    /// true again when the client's recovery registers the consumer anew.
    /// </summary>
    private sealed class Consumer(IChannel channel, RabbitMqSubscription subscription) : AsyncDefaultBasicConsumer(channel)
    {
        public override Task HandleBasicDeliverAsync(
            string consumerTag,
            ulong deliveryTag,
            bool redelivered,
            string exchange,
            string routingKey,
            IReadOnlyBasicProperties properties,
            ReadOnlyMemory<byte> body,
            CancellationToken cancellationToken = default)
        {
            subscription.OnReceived(Channel, deliveryTag, properties, routingKey, body);
            return Task.CompletedTask;
        }
    }
}
