using CampusG.Messaging.Transport;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace CampusG.Messaging.RabbitMq;

/// <summary>
/// One endpoint's consumer on its own channel. Each delivery is handed to the receiver in arrival order
/// and the consumer moves on at once, so up to the prefetch count wait in the endpoint together and are
/// handled in batches, in order. A delivery is acknowledged when the receiver's task completes (its
/// transaction committed) and nacked back onto the queue when that task faults or is cancelled.
/// </summary>
internal sealed class RabbitMqSubscription(IChannel channel, string queue, IMessageReceiver receiver, ILogger logger) : IAsyncDisposable
{
    // acks and nacks come from many continuations; one at a time on the channel
    private readonly SemaphoreSlim _settling = new(1, 1);
    private readonly CancellationTokenSource _stopping = new();
    private string? _consumerTag;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var consumer = new AsyncEventingBasicConsumer(channel);
        consumer.ReceivedAsync += OnReceivedAsync;
        _consumerTag = await channel.BasicConsumeAsync(queue, autoAck: false, consumer, cancellationToken);
    }

    private Task OnReceivedAsync(object sender, BasicDeliverEventArgs delivery)
    {
        // the client reuses the body's memory once this returns: the receiver gets a copy
        var message = new TransportMessage(
            Guid.TryParse(delivery.BasicProperties.MessageId, out var id) ? id : Guid.Empty,
            delivery.BasicProperties.Type ?? delivery.RoutingKey,
            delivery.BasicProperties.CorrelationId ?? string.Empty,
            delivery.Body.ToArray());
        Task outcome;
        try
        {
            outcome = receiver.ReceiveAsync(message, _stopping.Token);
        }
        catch (Exception ex)
        {
            outcome = Task.FromException(ex);
        }

        _ = SettleAsync(outcome, delivery.DeliveryTag);
        return Task.CompletedTask;
    }

    private async Task SettleAsync(Task outcome, ulong deliveryTag)
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
            // Mostly the channel closed after this delivery (reconnect, shutdown): the broker requeued it and delivers
            // it again, and the client drops tags from before a reconnect instead of acknowledging the wrong message.
            // Nobody awaits this task, so nothing may escape it.
            RabbitMqLog.SettleFailed(logger, ex, deliveryTag, queue);
        }
        finally
        {
            _settling.Release();
        }
    }

    /// <summary>Stops consuming and closes the channel; unacknowledged deliveries go back to the queue.</summary>
    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            if (_consumerTag is not null && channel.IsOpen)
            {
                await channel.BasicCancelAsync(_consumerTag);
            }

            await channel.CloseAsync();
        }
        catch (Exception ex) when (ex is AlreadyClosedException or OperationInterruptedException or ObjectDisposedException)
        {
            RabbitMqLog.CloseFailed(logger, ex, queue);
        }
        finally
        {
            await channel.DisposeAsync();
            _stopping.Dispose();
        }
    }
}
