using CampusG.Notifications.Domain;

namespace CampusG.Notifications.Channels;

/// <summary>What a channel sender needs of one delivery: the notification, the address, and a receipt link if any.</summary>
internal sealed record OutgoingMessage(Notification Notification, NotificationContact Contact, string? ReceiptUrl);

/// <summary>Sends one delivery over one channel; throws when it was not sent (the worker retries with backoff).</summary>
internal interface IChannelSender
{
    /// <summary><see cref="DeliveryChannels"/>.</summary>
    string Channel { get; }

    Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken);
}
