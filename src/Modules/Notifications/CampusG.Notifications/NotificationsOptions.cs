namespace CampusG.Notifications;

/// <summary>Configuration section <c>Notifications</c>.</summary>
internal sealed class NotificationsOptions
{
    public const string SectionName = "Notifications";

    /// <summary>The dispatcher's safety-net poll; a committed SendNotification wakes it at once.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Most notifications delivered and marked SENT in one transaction.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>How often an idle event stream gets a comment line, so proxies keep it open.</summary>
    public TimeSpan KeepAliveInterval { get; set; } = TimeSpan.FromSeconds(15);
}
