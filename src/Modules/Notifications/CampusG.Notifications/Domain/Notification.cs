namespace CampusG.Notifications.Domain;

/// <summary>
/// A message to one user: CREATED when asked for, SENT once any channel delivered it (in-app does the moment it is
/// stored and streamed), FAILED when every channel failed. Each channel's delivery is a <see cref="NotificationDelivery"/>.
/// </summary>
internal sealed class Notification
{
    public Guid Id { get; private init; }

    public Guid UserId { get; private init; }

    public Guid? OrderId { get; private init; }

    public string Template { get; private init; } = "";

    public string Message { get; private init; } = "";

    public string Status { get; private set; } = NotificationStatuses.Created;

    public DateTime CreatedAt { get; private init; }

    public DateTime? SentAt { get; private set; }

    public List<NotificationDelivery> Deliveries { get; private init; } = [];

    public static Notification Create(Guid id, Guid userId, Guid? orderId, string template, string message, DateTime now) => new()
    {
        Id = id,
        UserId = userId,
        OrderId = orderId,
        Template = template,
        Message = message,
        CreatedAt = now,
    };

    /// <summary>Returns true only when this call marked it sent.</summary>
    public bool MarkSent(DateTime now)
    {
        if (Status != NotificationStatuses.Created)
        {
            return false;
        }

        Status = NotificationStatuses.Sent;
        SentAt = now;
        foreach (var inApp in Deliveries.Where(d => d.Channel == DeliveryChannels.InApp))
        {
            inApp.MarkSent(now);
        }

        return true;
    }

    /// <summary>Adds a PENDING delivery for a channel it does not have yet.</summary>
    public void AddDelivery(string channel, DateTime now)
    {
        if (Deliveries.All(d => d.Channel != channel))
        {
            Deliveries.Add(NotificationDelivery.Create(Id, channel, now));
        }
    }

    /// <summary>FAILED once every channel failed (a notification some channel delivered stays SENT).</summary>
    public void SettleFailures()
    {
        if (Status == NotificationStatuses.Created && Deliveries.Count > 0 && Deliveries.All(d => d.Status == DeliveryStatuses.Failed))
        {
            Status = NotificationStatuses.Failed;
        }
    }
}
