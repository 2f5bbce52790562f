using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CampusG.Notifications.Contracts;
using CampusG.Receipts.Contracts;
using CampusG.Testing;

namespace CampusG.Notifications.Tests;

/// <summary>E-mail (a real smtp4dev) and SMS (the provider stand-in) deliveries, on a real host with only Notifications.</summary>
public sealed class NotificationChannelsTests
{
    [Fact]
    public async Task ByDefault_InAppAndEmail_TheMailArrivesWithTheMessage()
    {
        await using var channels = await ChannelsHost.StartAsync();
        var (userId, email, phone) = await channels.NewUserAsync();

        var send = await channels.NotifyAsync(userId, message: "Runner Bo accepted your errand.");
        var delivery = await channels.SettledDeliveryAsync(userId, send.NotificationId, "EMAIL");

        Assert.Equal("SENT", delivery.GetProperty("status").GetString());
        Assert.Equal(1, delivery.GetProperty("attempts").GetInt32());
        var item = await channels.ItemAsync(userId, send.NotificationId);
        Assert.Equal(["IN_APP", "EMAIL"], ChannelsHost.Channels(item));
        Assert.Equal("SENT", item.GetProperty("status").GetString());
        var mail = Assert.Single(await channels.Mailbox.ToAsync(email));
        Assert.Contains("Runner Bo accepted your errand.", await channels.Mailbox.PlainTextAsync(mail), StringComparison.Ordinal);
        Assert.Empty(channels.Sms.To(phone));
    }

    [Fact]
    public async Task SmsOnEmailOff_SendsOnlyTheSms_SignedAndShort()
    {
        await using var channels = await ChannelsHost.StartAsync();
        var (userId, email, phone) = await channels.NewUserAsync();
        Assert.Equal(HttpStatusCode.OK, (await channels.PutPreferencesAsync(userId, email: false, sms: true)).StatusCode);

        var send = await channels.NotifyAsync(userId);
        var delivery = await channels.SettledDeliveryAsync(userId, send.NotificationId, "SMS");

        Assert.Equal("SENT", delivery.GetProperty("status").GetString());
        Assert.Equal(["IN_APP", "SMS"], ChannelsHost.Channels(await channels.ItemAsync(userId, send.NotificationId)));
        var sms = Assert.Single(channels.Sms.Sent(phone));
        Assert.True(sms.SignatureValid);
        Assert.Equal(NotificationTemplates.OrderAccepted, sms.Template);
        Assert.True(sms.Variables["text"].Length <= 160);
        Assert.Contains(send.Message, sms.Variables["text"], StringComparison.Ordinal);
        Assert.Empty(await channels.Mailbox.ToAsync(email));
    }

    [Fact]
    public async Task WithoutKnownContactDetails_OnlyInApp()
    {
        await using var channels = await ChannelsHost.StartAsync();
        var userId = Guid.NewGuid();

        var send = await channels.NotifyAsync(userId);
        await channels.Probe.WaitForAsync<NotificationSent>(s => s.NotificationId == send.NotificationId);

        var item = await channels.ItemAsync(userId, send.NotificationId);
        Assert.Equal(["IN_APP"], ChannelsHost.Channels(item));
        Assert.Equal("SENT", ChannelsHost.Delivery(item, "IN_APP")!.Value.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Sms500Twice_Then202_OneSentDelivery_ThreeAttempts_OneAcceptedRequest()
    {
        await using var channels = await ChannelsHost.StartAsync();
        var (userId, _, phone) = await channels.NewUserAsync();
        await channels.PutPreferencesAsync(userId, email: false, sms: true);
        channels.Sms.FailNext(2);

        var send = await channels.NotifyAsync(userId);
        var delivery = await channels.SettledDeliveryAsync(userId, send.NotificationId, "SMS");

        Assert.Equal("SENT", delivery.GetProperty("status").GetString());
        Assert.Equal(3, delivery.GetProperty("attempts").GetInt32());
        Assert.Equal(3, channels.Sms.To(phone).Count);
        Assert.Single(channels.Sms.Sent(phone));
    }

    [Fact]
    public async Task ProviderDownLonger_SmsFailed_NotificationStillSentInApp()
    {
        await using var channels = await ChannelsHost.StartAsync(retrySchedule: "100ms,100ms");
        var (userId, _, phone) = await channels.NewUserAsync();
        await channels.PutPreferencesAsync(userId, email: false, sms: true);
        channels.Sms.FailNext(int.MaxValue);

        var send = await channels.NotifyAsync(userId);
        var sent = await channels.Probe.WaitForAsync<NotificationSent>(s => s.NotificationId == send.NotificationId);
        var delivery = await channels.SettledDeliveryAsync(userId, send.NotificationId, "SMS");

        Assert.Equal("FAILED", delivery.GetProperty("status").GetString());
        Assert.Equal(3, delivery.GetProperty("attempts").GetInt32());
        Assert.Empty(channels.Sms.Sent(phone));
        var item = await channels.ItemAsync(userId, send.NotificationId);
        Assert.Equal("SENT", item.GetProperty("status").GetString());
        Assert.Equal(sent.SentAt, item.GetProperty("sentAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task AProviderThatHangs_IsRetriedAfterTheTimeout()
    {
        await using var channels = await ChannelsHost.StartAsync();
        var (userId, _, phone) = await channels.NewUserAsync();
        await channels.PutPreferencesAsync(userId, email: false, sms: true);
        channels.Sms.HangNext(1);

        var send = await channels.NotifyAsync(userId);
        var delivery = await channels.SettledDeliveryAsync(userId, send.NotificationId, "SMS");

        Assert.Equal("SENT", delivery.GetProperty("status").GetString());
        Assert.Equal(2, delivery.GetProperty("attempts").GetInt32());
        Assert.Single(channels.Sms.Sent(phone));
    }

    [Fact]
    public async Task ABadSignature_IsNeverSent()
    {
        await using var channels = await ChannelsHost.StartAsync(retrySchedule: "100ms", signWith: "not-the-providers-secret");
        var (userId, _, phone) = await channels.NewUserAsync();
        await channels.PutPreferencesAsync(userId, email: false, sms: true);

        var send = await channels.NotifyAsync(userId);
        var delivery = await channels.SettledDeliveryAsync(userId, send.NotificationId, "SMS");

        Assert.Equal("FAILED", delivery.GetProperty("status").GetString());
        Assert.All(channels.Sms.To(phone), r => Assert.False(r.SignatureValid));
        Assert.Equal(2, channels.Sms.To(phone).Count);
        Assert.Empty(channels.Sms.Sent(phone));
    }

    [Fact]
    public async Task ConfirmationEmail_WaitsForTheReceiptLink_AndCarriesIt()
    {
        await using var channels = await ChannelsHost.StartAsync(receiptWait: "00:00:20");
        var (userId, email, _) = await channels.NewUserAsync();

        var send = await channels.NotifyAsync(userId, NotificationTemplates.OrderCreated, "Your errand is confirmed.");
        await channels.Probe.WaitForAsync<NotificationSent>(s => s.NotificationId == send.NotificationId);
        var url = $"https://receipts.campusg.test/r/{Guid.NewGuid():N}?sig=abc";
        var now = DateTimeOffset.UtcNow;
        await channels.Probe.SendAsync(new ReceiptIssued(send.OrderId!.Value, Guid.NewGuid(), 1, userId, now, url, now.AddDays(7)), send.OrderId.ToString()!);
        var delivery = await channels.SettledDeliveryAsync(userId, send.NotificationId, "EMAIL");

        Assert.Equal("SENT", delivery.GetProperty("status").GetString());
        var mail = Assert.Single(await channels.Mailbox.ToAsync(email));
        Assert.Equal("CampusG: Your errand is confirmed", mail.Subject);
        var text = await channels.Mailbox.PlainTextAsync(mail);
        Assert.Contains(url, text, StringComparison.Ordinal);
        Assert.Contains("Your errand is confirmed.", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConfirmationEmail_GoesWithoutTheLink_WhenNoneComesInTime()
    {
        await using var channels = await ChannelsHost.StartAsync(receiptWait: "00:00:01");
        var (userId, email, _) = await channels.NewUserAsync();

        var send = await channels.NotifyAsync(userId, NotificationTemplates.OrderPlaced, "Your order is placed.");
        var delivery = await channels.SettledDeliveryAsync(userId, send.NotificationId, "EMAIL");

        Assert.Equal("SENT", delivery.GetProperty("status").GetString());
        var text = await channels.Mailbox.PlainTextAsync(Assert.Single(await channels.Mailbox.ToAsync(email)));
        Assert.DoesNotContain("receipt", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task CancelledOrderEmail_SaysWhy()
    {
        await using var channels = await ChannelsHost.StartAsync();
        var (userId, email, _) = await channels.NewUserAsync();

        var send = await channels.NotifyAsync(userId, NotificationTemplates.OrderCancelled, "Your order was cancelled: the payment was declined.");
        await channels.SettledDeliveryAsync(userId, send.NotificationId, "EMAIL");

        var mail = Assert.Single(await channels.Mailbox.ToAsync(email));
        Assert.Equal("CampusG: Your order was cancelled", mail.Subject);
        Assert.Contains("the payment was declined", await channels.Mailbox.PlainTextAsync(mail), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Preferences_DefaultEmailOnSmsOff_PutChangesThem_MissingFieldsAre400()
    {
        await using var channels = await ChannelsHost.StartAsync();
        var userId = Guid.NewGuid();
        using var client = channels.Host.ClientFor(userId);

        var before = await client.GetFromJsonAsync<JsonElement>("/v1/users/me/notification-preferences");
        using var put = await channels.PutPreferencesAsync(userId, email: false, sms: true);
        var after = await client.GetFromJsonAsync<JsonElement>("/v1/users/me/notification-preferences");
        using var missing = await channels.PutPreferencesAsync(userId, email: null, sms: null);

        Assert.Equal("""{"email":true,"sms":false,"inApp":true}""", before.GetRawText());
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal("""{"email":false,"sms":true,"inApp":true}""", after.GetRawText());
        await ErrorAssert.HasValidationErrorsAsync(missing, "email", "sms");
        Assert.Equal("""{"email":false,"sms":true,"inApp":true}""", (await client.GetFromJsonAsync<JsonElement>("/v1/users/me/notification-preferences")).GetRawText());
    }
}
