using CampusG.Notifications.Domain;

namespace CampusG.Notifications.Features;

/// <summary>One channel's delivery as the API shows it.</summary>
internal sealed record DeliveryItem(string Channel, string Status, int Attempts, DateTimeOffset? SentAt)
{
    public static DeliveryItem From(NotificationDelivery d) => new(d.Channel, d.Status, d.Attempts, NotificationItem.AsUtc(d.SentAt));
}

/// <summary>A notification as the API shows it, in the list and on the event stream.</summary>
internal sealed record NotificationItem(
    Guid NotificationId, Guid? OrderId, string Template, string Message, string Status, DateTimeOffset CreatedAt, DateTimeOffset? SentAt,
    IReadOnlyList<DeliveryItem> Deliveries)
{
    private static readonly string[] ChannelOrder = [DeliveryChannels.InApp, DeliveryChannels.Email, DeliveryChannels.Sms];

    public static NotificationItem From(Notification n) =>
        new(n.Id, n.OrderId, n.Template, n.Message, n.Status, AsUtc(n.CreatedAt), AsUtc(n.SentAt),
            [.. n.Deliveries.OrderBy(d => Array.IndexOf(ChannelOrder, d.Channel)).Select(DeliveryItem.From)]);

    // SQLite hands stored UTC times back with an unspecified kind.
    public static DateTimeOffset AsUtc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static DateTimeOffset? AsUtc(DateTime? value) => value is { } v ? AsUtc(v) : null;
}
