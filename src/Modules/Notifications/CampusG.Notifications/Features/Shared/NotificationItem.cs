using CampusG.Notifications.Domain;

namespace CampusG.Notifications.Features;

/// <summary>A notification as the API shows it, in the list and on the event stream.</summary>
internal sealed record NotificationItem(
    Guid NotificationId, Guid? OrderId, string Template, string Message, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt)
{
    public static NotificationItem From(Notification n) =>
        new(n.Id, n.OrderId, n.Template, n.Message, n.Status, AsUtc(n.CreatedAt), n.SentAt is { } sent ? AsUtc(sent) : null);

    // SQLite hands stored UTC times back with an unspecified kind.
    private static DateTimeOffset AsUtc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
