using CampusG.Messaging;
using CampusG.Notifications.Domain;
using CampusG.Notifications.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Notifications.Channels;

/// <summary>
/// Sends the due PENDING e-mail and SMS deliveries, one at a time, each saved on its own: SENT, or a failed
/// attempt that waits the retry schedule's next step (FAILED once it is used up). A confirmation e-mail first waits
/// (without counting attempts) for its order's receipt link, up to <see cref="ChannelOptions.ReceiptWait"/>.
/// Nothing here answers a saga: the in-app dispatcher has already replied <c>notification.sent</c>.
/// </summary>
internal sealed partial class ChannelDeliveryWorker(
    IServiceScopeFactory scopes,
    ChannelSignal signal,
    TimeProvider time,
    IOptions<NotificationsOptions> options,
    ILogger<ChannelDeliveryWorker> logger) : SignalledWorker(signal, time, logger)
{
    private readonly ChannelOptions _options = options.Value.Channels;
    private readonly IReadOnlyList<TimeSpan> _schedule = options.Value.Channels.Schedule();

    protected override TimeSpan AfterFailure => _options.PollInterval;

    protected override async Task<TimeSpan> RunPassAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NotificationsDbContext>();
        var senders = scope.ServiceProvider.GetServices<IChannelSender>().ToDictionary(s => s.Channel);
        var now = Time.GetUtcNow().UtcDateTime;
        var due = await db.Deliveries
            .Where(d => d.Status == DeliveryStatuses.Pending && d.Channel != DeliveryChannels.InApp && d.NextAttemptAt <= now)
            .OrderBy(d => d.NextAttemptAt)
            .Take(_options.BatchSize)
            .ToListAsync(cancellationToken);
        foreach (var delivery in due)
        {
            await AttemptAsync(db, delivery, senders, cancellationToken);
        }

        return due.Count == _options.BatchSize ? TimeSpan.Zero : await UntilNextDueAsync(db, cancellationToken);
    }

    private async Task AttemptAsync(
        NotificationsDbContext db, NotificationDelivery delivery, Dictionary<string, IChannelSender> senders, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.Include(n => n.Deliveries).SingleAsync(n => n.Id == delivery.NotificationId, cancellationToken);
        var contact = await db.Contacts.FindAsync([notification.UserId], cancellationToken);
        var now = Time.GetUtcNow().UtcDateTime;
        var receiptUrl = await ReceiptUrlAsync(db, delivery, notification, now, cancellationToken);
        if (receiptUrl is { Length: 0 })
        {
            await db.SaveChangesAsync(cancellationToken); // deferred: waits for the receipt link
            return;
        }

        try
        {
            if (contact is null || !senders.TryGetValue(delivery.Channel, out var sender))
            {
                throw new InvalidOperationException($"no address or sender for {delivery.Channel}");
            }

            await sender.SendAsync(new OutgoingMessage(notification, contact, receiptUrl), cancellationToken);
            delivery.MarkSent(Time.GetUtcNow().UtcDateTime);
            LogSent(logger, delivery.Channel, notification.Id, delivery.Attempts);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            delivery.MarkAttemptFailed(Describe(ex), _schedule, Time.GetUtcNow().UtcDateTime);
            LogAttemptFailed(logger, delivery.Channel, notification.Id, delivery.Attempts, delivery.Status, ex.GetType().Name);
            notification.SettleFailures();
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The link for a confirmation e-mail (null for other deliveries, or once the wait is over without one); empty
    /// when the delivery was deferred to look again, sooner at first and then less often.
    /// </summary>
    private async Task<string?> ReceiptUrlAsync(
        NotificationsDbContext db, NotificationDelivery delivery, Notification notification, DateTime now, CancellationToken cancellationToken)
    {
        if (delivery.Channel != DeliveryChannels.Email || !MessageTemplates.IsConfirmation(notification.Template) || notification.OrderId is not { } orderId)
        {
            return null;
        }

        var link = await db.ReceiptLinks.AsNoTracking().SingleOrDefaultAsync(r => r.OrderId == orderId, cancellationToken);
        if (link is not null && link.ExpiresAt > now)
        {
            return link.Url;
        }

        var waited = now - delivery.CreatedAt;
        if (waited >= _options.ReceiptWait)
        {
            return null;
        }

        var step = TimeSpan.FromTicks(Math.Clamp(waited.Ticks, TimeSpan.FromMilliseconds(500).Ticks, TimeSpan.FromSeconds(8).Ticks));
        delivery.Defer(now + TimeSpan.FromTicks(Math.Min(step.Ticks, (_options.ReceiptWait - waited).Ticks)));
        return "";
    }

    /// <summary>Our own exceptions' messages name no address; a server's reply might, so only its type is kept.</summary>
    private static string Describe(Exception ex) =>
        ex is HttpRequestException or TimeoutException or InvalidOperationException ? ex.Message : ex.GetType().Name;

    private async Task<TimeSpan> UntilNextDueAsync(NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var next = await db.Deliveries
            .Where(d => d.Status == DeliveryStatuses.Pending && d.Channel != DeliveryChannels.InApp)
            .OrderBy(d => d.NextAttemptAt)
            .Select(d => (DateTime?)d.NextAttemptAt)
            .FirstOrDefaultAsync(cancellationToken);
        var wait = next is { } at ? at - Time.GetUtcNow().UtcDateTime : _options.PollInterval;
        return wait < TimeSpan.Zero ? TimeSpan.Zero : wait < _options.PollInterval ? wait : _options.PollInterval;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Channel} delivery of notification {NotificationId} sent after {Attempts} attempt(s)")]
    private static partial void LogSent(ILogger logger, string channel, Guid notificationId, int attempts);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Channel} delivery of notification {NotificationId} failed attempt {Attempts} ({Error}); now {Status}")]
    private static partial void LogAttemptFailed(ILogger logger, string channel, Guid notificationId, int attempts, string status, string error);
}
