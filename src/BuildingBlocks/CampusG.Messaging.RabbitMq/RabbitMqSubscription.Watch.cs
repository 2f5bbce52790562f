namespace CampusG.Messaging.RabbitMq;

/// <summary>The watch over the consumer: a consumer the broker ended on a live connection is replaced (decision 036).</summary>
internal sealed partial class RabbitMqSubscription
{
    private async Task WatchAsync()
    {
        using var timer = new PeriodicTimer(_checkInterval);
        var stoppedBefore = false;
        try
        {
            while (await timer.WaitForNextTickAsync(_stopping.Token))
            {
                // While the connection is down or being recovered, the client's recovery brings the consumer back.
                var stopped = !IsConsuming && _connection.IsOpen && !_connection.Recovering;
                if (stopped && stoppedBefore)
                {
                    // Replaced, or not: either way two more checks pass before the next attempt.
                    await ResubscribeAsync();
                    stopped = false;
                }

                stoppedBefore = stopped;
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            // disposed
        }
    }

    /// <summary>Never throws: a failure is logged, and the watch goes on.</summary>
    private async Task ResubscribeAsync()
    {
        var old = _consumer;
        RabbitMqLog.ConsumerStopped(_logger, _queue, old?.Channel.CloseReason?.ReplyText ?? "cancelled by the broker");
        try
        {
            _consumer = await ConsumeAsync(_stopping.Token);
            RabbitMqLog.Resubscribed(_logger, _queue);
        }
        catch (Exception ex)
        {
            if (!_stopping.IsCancellationRequested) // else disposing
            {
                RabbitMqLog.ResubscribeFailed(_logger, ex, _queue);
            }

            return;
        }

        if (old is not null)
        {
            // After a basic.cancel its unacknowledged deliveries wait on it until it closes; after a channel.close the
            // broker has requeued them already.
            await CloseAsync(old.Channel, consumerTag: null);
        }
    }
}
