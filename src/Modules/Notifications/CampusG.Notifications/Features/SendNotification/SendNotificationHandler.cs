using CampusG.Messaging;
using CampusG.Notifications.Contracts;
using CampusG.Notifications.Domain;
using CampusG.Notifications.Persistence;

namespace CampusG.Notifications.Features;

/// <summary>
/// Records the notification as CREATED, once per id; the dispatcher (woken after the commit)
/// delivers it and replies <see cref="NotificationSent"/>. A repeat of an already sent
/// notification repeats that reply; a repeat of a pending one changes nothing.
/// </summary>
internal sealed class SendNotificationHandler(NotificationsDbContext db, TimeProvider time) : IMessageHandler<SendNotification>
{
    public async Task HandleAsync(SendNotification message, IMessageContext context, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.FindAsync([message.NotificationId], cancellationToken);
        if (notification is null)
        {
            db.Notifications.Add(Notification.Create(
                message.NotificationId, message.UserId, message.OrderId, message.Template, message.Message, time.GetUtcNow().UtcDateTime));
        }
        else if (NotificationItem.From(notification).SentAt is { } sentAt)
        {
            context.Send(
                new NotificationSent(notification.Id, notification.UserId, notification.OrderId, notification.Template, sentAt),
                (notification.OrderId ?? notification.UserId).ToString());
        }
    }
}
