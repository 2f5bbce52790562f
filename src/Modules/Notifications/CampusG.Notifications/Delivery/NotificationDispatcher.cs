using CampusG.Messaging.Outbox;
using CampusG.Notifications.Contracts;
using CampusG.Notifications.Domain;
using CampusG.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Notifications.Delivery;

/// <summary>
/// Delivers CREATED notifications through every <see cref="INotificationChannel"/>, oldest first in
/// batches, then marks them SENT and writes <see cref="NotificationSent"/> to the outbox in the same
/// SaveChanges. A channel failure leaves the notification CREATED for a later pass.
/// </summary>
internal sealed partial class NotificationDispatcher(
    IServiceScopeFactory scopes,
    DispatchSignal signal,
    TimeProvider time,
    IOptions<NotificationsOptions> options,
    ILogger<NotificationDispatcher> logger) : BackgroundService
{
    private readonly NotificationsOptions _options = options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting
        while (!stoppingToken.IsCancellationRequested)
        {
            var nudged = signal.Arm();
            var moreWaiting = false;
            try
            {
                moreWaiting = await DispatchBatchAsync(stoppingToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                LogLostRace(logger);
                moreWaiting = true;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(logger, ex);
            }

            if (!moreWaiting)
            {
                using var stopPoll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                await Task.WhenAny(Task.Delay(_options.PollInterval, time, stopPoll.Token), nudged);
                await stopPoll.CancelAsync();
            }
        }
    }

    /// <summary>Delivers one batch; true when a full batch went out, so more may be waiting.</summary>
    internal async Task<bool> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<MessageOutbox<NotificationsDbContext>>();
        var channels = scope.ServiceProvider.GetServices<INotificationChannel>().ToList();
        var pending = await db.Notifications
            .Where(n => n.Status == NotificationStatuses.Created)
            .OrderBy(n => n.CreatedAt)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var notification in pending)
        {
            var now = time.GetUtcNow();
            if (await TryDeliverAsync(notification, channels, now, cancellationToken) && notification.MarkSent(now.UtcDateTime))
            {
                var correlationId = (notification.OrderId ?? notification.UserId).ToString();
                outbox.Send(
                    new NotificationSent(notification.Id, notification.UserId, notification.OrderId, notification.Template, now),
                    correlationId);
                sent++;
            }
        }

        if (sent > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return sent == _options.BatchSize;
    }

    private async Task<bool> TryDeliverAsync(
        Notification notification, List<INotificationChannel> channels, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        foreach (var channel in channels)
        {
            try
            {
                await channel.DeliverAsync(notification, sentAt, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                LogChannelFailed(logger, ex, channel.Name, notification.Id);
                return false;
            }
        }

        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Channel {Channel} failed to deliver notification {NotificationId}; it stays CREATED for the next pass")]
    private static partial void LogChannelFailed(ILogger logger, Exception exception, string channel, Guid notificationId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A notification of this batch was sent by another dispatcher; retrying the pass")]
    private static partial void LogLostRace(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "A notification dispatch pass failed; retrying shortly")]
    private static partial void LogPassFailed(ILogger logger, Exception exception);
}
