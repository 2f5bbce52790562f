using CampusG.Messaging;

namespace CampusG.Notifications.Contracts;

[Message("notification.sent")]
public sealed record NotificationSent(Guid NotificationId, [Addressee] Guid UserId, Guid? OrderId, string Template, DateTimeOffset SentAt);
