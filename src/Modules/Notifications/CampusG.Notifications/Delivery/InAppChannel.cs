using CampusG.Notifications.Domain;
using CampusG.Notifications.Features;

namespace CampusG.Notifications.Delivery;

/// <summary>Pushes the notification, as it reads once SENT, to the user's open event streams.</summary>
internal sealed class InAppChannel(NotificationHub hub) : INotificationChannel
{
    public string Name => "in-app";

    public Task DeliverAsync(Notification notification, DateTimeOffset sentAt, CancellationToken cancellationToken)
    {
        var item = NotificationItem.From(notification);
        item = item with
        {
            Status = NotificationStatuses.Sent,
            SentAt = sentAt,
            Deliveries = [.. item.Deliveries.Select(d => d.Channel == DeliveryChannels.InApp ? d with { Status = DeliveryStatuses.Sent, Attempts = 1, SentAt = sentAt } : d)],
        };
        hub.Publish(notification.UserId, item);
        return Task.CompletedTask;
    }
}
