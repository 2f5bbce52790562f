using CampusG.Messaging;
using CampusG.Messaging.Outbox;
using CampusG.Notifications.Contracts;
using CampusG.Notifications.Domain;
using CampusG.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
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
    ILogger<NotificationDispatcher> logger) : SignalledWorker(signal, time, logger)
{
    private readonly NotificationsOptions _options = options.Value;

    protected override TimeSpan AfterFailure => _options.PollInterval;

    protected override async Task<TimeSpan> RunPassAsync(CancellationToken cancellationToken) =>
        await DispatchBatchAsync(cancellationToken) ? TimeSpan.Zero : _options.PollInterval;

    /// <summary>Delivers one batch; true when a full batch went out, so more may be waiting.</summary>
    internal async Task<bool> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var outbox = scope.ServiceProvider.GetRequiredService<MessageOutbox<NotificationsDbContext>>();
        var channels = scope.ServiceProvider.GetServices<INotificationChannel>().ToList();
        var pending = await db.Notifications
            .Include(n => n.Deliveries)
            .Where(n => n.Status == NotificationStatuses.Created)
            .OrderBy(n => n.CreatedAt)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);
        var sent = 0;
        foreach (var notification in pending)
        {
            var now = Time.GetUtcNow();
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
}
