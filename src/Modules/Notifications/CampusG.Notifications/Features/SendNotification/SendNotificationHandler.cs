using CampusG.Messaging;
using CampusG.Notifications.Contracts;
using CampusG.Notifications.Domain;
using CampusG.Notifications.Persistence;
using CampusG.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampusG.Notifications.Features;

/// <summary>
/// Records the notification as CREATED, once per id, with a PENDING delivery per channel the user wants: in-app always,
/// e-mail and SMS by preference when an address is known and the channel is configured. The dispatcher (woken after the
/// commit) delivers it in-app and replies <see cref="NotificationSent"/>; the channel worker sends the rest. A repeat of
/// an already sent notification repeats that reply; a repeat of a pending one changes nothing.
/// </summary>
internal sealed class SendNotificationHandler(NotificationsDbContext db, TimeProvider time, IOptions<NotificationsOptions> options)
    : IMessageHandler<SendNotification>
{
    // Every notification passes here: compiled look-ups, no per-call expression work (issue 18).
    private static readonly CompiledQuery<Func<NotificationsDbContext, Guid, CancellationToken, Task<Notification?>>> NotificationById =
        new(() => EF.CompileAsyncQuery((NotificationsDbContext db, Guid notificationId, CancellationToken cancellationToken) =>
            db.Notifications.SingleOrDefault(n => n.Id == notificationId)));

    private static readonly CompiledQuery<Func<NotificationsDbContext, Guid, CancellationToken, Task<NotificationPreference?>>> PreferenceByUser =
        new(() => EF.CompileAsyncQuery((NotificationsDbContext db, Guid userId, CancellationToken cancellationToken) =>
            db.Preferences.SingleOrDefault(p => p.UserId == userId)));

    private static readonly CompiledQuery<Func<NotificationsDbContext, Guid, CancellationToken, Task<NotificationContact?>>> ContactByUser =
        new(() => EF.CompileAsyncQuery((NotificationsDbContext db, Guid userId, CancellationToken cancellationToken) =>
            db.Contacts.SingleOrDefault(c => c.UserId == userId)));

    public async Task HandleAsync(SendNotification message, IMessageContext context, CancellationToken cancellationToken)
    {
        var notification = await NotificationById.For(db)(db, message.NotificationId, cancellationToken);
        if (notification is null)
        {
            var now = time.GetUtcNow().UtcDateTime;
            notification = Notification.Create(message.NotificationId, message.UserId, message.OrderId, message.Template, message.Message, now);
            foreach (var channel in await ChannelsAsync(message.UserId, cancellationToken))
            {
                notification.AddDelivery(channel, now);
            }

            db.Notifications.Add(notification);
        }
        else if (NotificationItem.AsUtc(notification.SentAt) is { } sentAt)
        {
            context.Send(
                new NotificationSent(notification.Id, notification.UserId, notification.OrderId, notification.Template, sentAt),
                (notification.OrderId ?? notification.UserId).ToString());
        }
    }

    private async Task<List<string>> ChannelsAsync(Guid userId, CancellationToken cancellationToken)
    {
        List<string> channels = [DeliveryChannels.InApp];
        var preference = await PreferenceByUser.For(db)(db, userId, cancellationToken);
        var contact = await ContactByUser.For(db)(db, userId, cancellationToken);
        var settings = options.Value;
        if ((preference?.Email ?? NotificationPreference.DefaultEmail) && settings.Email.IsConfigured && !string.IsNullOrEmpty(contact?.Email))
        {
            channels.Add(DeliveryChannels.Email);
        }

        if ((preference?.Sms ?? NotificationPreference.DefaultSms) && settings.Sms.IsConfigured && !string.IsNullOrEmpty(contact?.PhoneNumber))
        {
            channels.Add(DeliveryChannels.Sms);
        }

        return channels;
    }
}
