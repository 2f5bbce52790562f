namespace CampusG.Notifications.Domain;

internal static class NotificationStatuses
{
    public const string Created = "CREATED";
    public const string Sent = "SENT";
}
