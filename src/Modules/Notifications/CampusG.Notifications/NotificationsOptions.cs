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

    /// <summary><c>Notifications:Email:*</c>: the SMTP server; no host, no e-mail channel.</summary>
    public EmailOptions Email { get; set; } = new();

    /// <summary><c>Notifications:Sms:*</c>: the SMS provider's webhook; no URL, no SMS channel.</summary>
    public SmsOptions Sms { get; set; } = new();

    /// <summary><c>Notifications:Channels:*</c>: retries of the e-mail and SMS deliveries.</summary>
    public ChannelOptions Channels { get; set; } = new();
}

internal sealed class EmailOptions
{
    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    public string From { get; set; } = "CampusG <no-reply@campusg.local>";

    /// <summary>TLS on connect (or STARTTLS when the server offers it); off by default.</summary>
    public bool UseTls { get; set; }

    /// <summary>
    /// Where users reach CampusG (the gateway or the one process), so a receipt link in an e-mail opens from a mail
    /// client: the API's relative links are resolved against it.
    /// </summary>
    public Uri PublicBaseUrl { get; set; } = new("http://127.0.0.1:5080/");

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host);
}

internal sealed class SmsOptions
{
    public Uri? WebhookUrl { get; set; }

    /// <summary>The HMAC-SHA256 key of the <c>X-CampusG-Signature</c> header.</summary>
    public string Secret { get; set; } = "";

    /// <summary>A provider slower than this counts as a failed attempt.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool IsConfigured => WebhookUrl is not null;
}

internal sealed class ChannelOptions
{
    /// <summary>The wait after each failed attempt, comma-separated (<c>1s,2s,500ms</c> or <c>00:00:01</c>); once used up, FAILED.</summary>
    public string RetrySchedule { get; set; } = "1s,2s,4s,8s,15s";

    /// <summary>How long a confirmation e-mail waits for its order's receipt link before it goes without.</summary>
    public TimeSpan ReceiptWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The worker's safety-net poll (a new delivery or receipt link wakes it at once).</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Most deliveries tried in one pass.</summary>
    public int BatchSize { get; set; } = 20;

    public IReadOnlyList<TimeSpan> Schedule() =>
        [.. RetrySchedule.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(ParseStep)];

    private static TimeSpan ParseStep(string step) => step switch
    {
        _ when step.EndsWith("ms", StringComparison.Ordinal) => TimeSpan.FromMilliseconds(double.Parse(step[..^2], System.Globalization.CultureInfo.InvariantCulture)),
        _ when step.EndsWith('s') => TimeSpan.FromSeconds(double.Parse(step[..^1], System.Globalization.CultureInfo.InvariantCulture)),
        _ => TimeSpan.Parse(step, System.Globalization.CultureInfo.InvariantCulture),
    };
}
