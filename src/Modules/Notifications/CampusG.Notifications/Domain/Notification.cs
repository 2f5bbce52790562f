namespace CampusG.Notifications.Domain;

/// <summary>A message to one user: CREATED when asked for, SENT once every channel has delivered it.</summary>
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
        return true;
    }
}
