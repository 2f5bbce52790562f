namespace CampusG.Notifications.Domain;

/// <summary>
/// One channel's delivery of a notification: PENDING until it is SENT, or FAILED once its retries ran out.
/// Each failed attempt waits the next step of the retry schedule before the next one.
/// </summary>
internal sealed class NotificationDelivery
{
    public Guid Id { get; private init; }

    public Guid NotificationId { get; private init; }

    /// <summary><see cref="DeliveryChannels"/>.</summary>
    public string Channel { get; private init; } = "";

    public string Status { get; private set; } = DeliveryStatuses.Pending;

    public int Attempts { get; private set; }

    public DateTime CreatedAt { get; private init; }

    /// <summary>When the worker may try it (again).</summary>
    public DateTime NextAttemptAt { get; private set; }

    public DateTime? SentAt { get; private set; }

    /// <summary>Why the last attempt failed (an error kind, never an address).</summary>
    public string? LastError { get; private set; }

    public static NotificationDelivery Create(Guid notificationId, string channel, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(now),
        NotificationId = notificationId,
        Channel = channel,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public bool IsPending => Status == DeliveryStatuses.Pending;

    public void MarkSent(DateTime now)
    {
        if (!IsPending)
        {
            return;
        }

        Attempts++;
        Status = DeliveryStatuses.Sent;
        SentAt = now;
        LastError = null;
    }

    /// <summary>Counts a failed attempt: waits the schedule's next step, or FAILED once the schedule is used up.</summary>
    public void MarkAttemptFailed(string error, IReadOnlyList<TimeSpan> retrySchedule, DateTime now)
    {
        if (!IsPending)
        {
            return;
        }

        Attempts++;
        LastError = error.Length > 200 ? error[..200] : error;
        if (Attempts > retrySchedule.Count)
        {
            Status = DeliveryStatuses.Failed;
            return;
        }

        NextAttemptAt = now + retrySchedule[Attempts - 1];
    }

    /// <summary>Not an attempt: it waits for something it needs (an e-mail's receipt link) and looks again at <paramref name="until"/>.</summary>
    public void Defer(DateTime until) => NextAttemptAt = until;
}
