namespace CampusG.Notifications.Domain;

internal static class NotificationStatuses
{
    public const string Created = "CREATED";
    public const string Sent = "SENT";
    public const string Failed = "FAILED";
}

/// <summary>The ways a notification reaches its user; in-app always, the others by preference.</summary>
internal static class DeliveryChannels
{
    public const string InApp = "IN_APP";
    public const string Email = "EMAIL";
    public const string Sms = "SMS";
}

internal static class DeliveryStatuses
{
    public const string Pending = "PENDING";
    public const string Sent = "SENT";
    public const string Failed = "FAILED";
}
