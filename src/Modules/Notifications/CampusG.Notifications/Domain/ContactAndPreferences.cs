namespace CampusG.Notifications.Domain;

/// <summary>Notifications' own copy of a user's contact details (from Users' <c>user.contactChanged</c>).</summary>
internal sealed class NotificationContact
{
    public Guid UserId { get; private init; }

    public string Email { get; private set; } = "";

    public string PhoneNumber { get; private set; } = "";

    public DateTime UpdatedAt { get; private set; }

    public static NotificationContact Create(Guid userId, DateTime now) => new() { UserId = userId, UpdatedAt = now };

    public void Update(string email, string phoneNumber, DateTime now)
    {
        Email = email;
        PhoneNumber = phoneNumber;
        UpdatedAt = now;
    }
}

/// <summary>Which channels besides in-app a user wants; without a row: e-mail on, SMS off.</summary>
internal sealed class NotificationPreference
{
    public const bool DefaultEmail = true;
    public const bool DefaultSms = false;

    public Guid UserId { get; private init; }

    public bool Email { get; private set; } = DefaultEmail;

    public bool Sms { get; private set; } = DefaultSms;

    public DateTime UpdatedAt { get; private set; }

    public static NotificationPreference Create(Guid userId, DateTime now) => new() { UserId = userId, UpdatedAt = now };

    public void Set(bool email, bool sms, DateTime now)
    {
        Email = email;
        Sms = sms;
        UpdatedAt = now;
    }
}

/// <summary>The newest receipt link of an order (from <c>receipt.issued</c>), for its confirmation e-mail.</summary>
internal sealed class ReceiptLink
{
    public Guid OrderId { get; private init; }

    public int Version { get; private set; }

    public string Url { get; private set; } = "";

    public DateTime ExpiresAt { get; private set; }

    public static ReceiptLink Create(Guid orderId) => new() { OrderId = orderId };

    /// <summary>Keeps the highest version; an older or repeated one changes nothing.</summary>
    public void Update(int version, string url, DateTime expiresAt)
    {
        if (version < Version)
        {
            return;
        }

        Version = version;
        Url = url;
        ExpiresAt = expiresAt;
    }
}
