using CampusG.Notifications.Domain;

namespace CampusG.Notifications.Delivery;

/// <summary>
/// One way of reaching a user (in-app live push today; SMS or e-mail webhooks plug in here).
/// The dispatcher calls every registered channel; one that throws leaves the notification
/// CREATED, so all channels are tried again on a later pass (delivery is at least once).
/// </summary>
internal interface INotificationChannel
{
    string Name { get; }

    Task DeliverAsync(Notification notification, DateTimeOffset sentAt, CancellationToken cancellationToken);
}
