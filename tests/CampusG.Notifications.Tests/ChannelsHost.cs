using System.Net.Http.Json;
using System.Text.Json;
using CampusG.Notifications.Contracts;
using CampusG.Notifications.Persistence;
using CampusG.Testing;
using CampusG.Users.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Notifications.Tests;

/// <summary>A Notifications host whose e-mail goes to smtp4dev and whose SMS go to an <see cref="SmsProviderStandIn"/>.</summary>
internal sealed class ChannelsHost : IAsyncDisposable
{
    private ChannelsHost(CampusGHost host, SmsProviderStandIn sms)
    {
        Host = host;
        Sms = sms;
    }

    public CampusGHost Host { get; }

    public SmsProviderStandIn Sms { get; }

    public Smtp4devMailbox Mailbox { get; } = new();

    public MessageProbe Probe => Host.Services.GetRequiredService<MessageProbe>();

    public static async Task<ChannelsHost> StartAsync(string retrySchedule = "100ms,200ms,300ms", string? signWith = null, string receiptWait = "00:00:05")
    {
        var sms = await SmsProviderStandIn.StartAsync();
        var options = new CampusGHostOptions { ConfigureServices = b => b.AddMessageProbe() };
        options.Configuration["CampusG:Modules"] = "Notifications";
        options.Configuration["Notifications:Email:Host"] = Smtp4devMailbox.SmtpHost;
        options.Configuration["Notifications:Email:Port"] = Smtp4devMailbox.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture);
        options.Configuration["Notifications:Sms:WebhookUrl"] = sms.Url.ToString();
        options.Configuration["Notifications:Sms:Secret"] = signWith ?? sms.Secret;
        options.Configuration["Notifications:Sms:Timeout"] = "00:00:00.500";
        options.Configuration["Notifications:Channels:RetrySchedule"] = retrySchedule;
        options.Configuration["Notifications:Channels:ReceiptWait"] = receiptWait;
        return new ChannelsHost(await CampusGHost.StartAsync(options), sms);
    }

    /// <summary>A user Notifications knows the address and phone of (as Users tells it at sign-up).</summary>
    public async Task<(Guid UserId, string Email, string Phone)> NewUserAsync()
    {
        var userId = Guid.NewGuid();
        var email = $"u{userId:N}@campusg.test";
        var phone = "+659" + Random.Shared.Next(1000000, 9999999).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await Probe.SendAsync(new UserContactChanged(userId, email, phone), userId.ToString());
        await Eventually.TrueAsync(
            async () =>
            {
                await using var scope = Host.Services.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<NotificationsDbContext>().Contacts.AnyAsync(c => c.UserId == userId);
            },
            what: "Notifications to know the user's contact details");
        return (userId, email, phone);
    }

    public async Task<HttpResponseMessage> PutPreferencesAsync(Guid userId, bool? email, bool? sms)
    {
        using var client = Host.ClientFor(userId);
        return await client.PutAsJsonAsync("/v1/users/me/notification-preferences", new { email, sms });
    }

    public async Task<SendNotification> NotifyAsync(Guid userId, string template = NotificationTemplates.OrderAccepted, string message = "A runner accepted your errand.")
    {
        var send = new SendNotification(Guid.NewGuid(), userId, Guid.NewGuid(), template, message);
        await Probe.SendAsync(send, send.OrderId.ToString()!);
        return send;
    }

    /// <summary>The notification as <c>GET /v1/notifications</c> shows it to its user.</summary>
    public async Task<JsonElement> ItemAsync(Guid userId, Guid notificationId) =>
        await FindItemAsync(userId, notificationId) ?? throw new InvalidOperationException("no such notification");

    private async Task<JsonElement?> FindItemAsync(Guid userId, Guid notificationId)
    {
        using var client = Host.ClientFor(userId);
        var list = await client.GetFromJsonAsync<JsonElement>("/v1/notifications?limit=100");
        return list.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("notificationId").GetGuid() == notificationId).Select(i => (JsonElement?)i).SingleOrDefault();
    }

    /// <summary>Waits until the notification's <paramref name="channel"/> delivery is no longer PENDING; returns it.</summary>
    public async Task<JsonElement> SettledDeliveryAsync(Guid userId, Guid notificationId, string channel)
    {
        var delivery = await Eventually.UntilAsync(
            async () => await FindItemAsync(userId, notificationId) is { } item ? Delivery(item, channel) : null,
            d => d?.GetProperty("status").GetString() is "SENT" or "FAILED",
            timeout: TimeSpan.FromSeconds(20),
            what: $"the {channel} delivery to settle");
        return delivery!.Value;
    }

    public static JsonElement? Delivery(JsonElement item, string channel) =>
        item.GetProperty("deliveries").EnumerateArray().Where(d => d.GetProperty("channel").GetString() == channel).Select(d => (JsonElement?)d).FirstOrDefault();

    public static string[] Channels(JsonElement item) =>
        [.. item.GetProperty("deliveries").EnumerateArray().Select(d => d.GetProperty("channel").GetString()!)];

    public async ValueTask DisposeAsync()
    {
        Mailbox.Dispose();
        await Host.DisposeAsync();
        await Sms.DisposeAsync();
    }
}
