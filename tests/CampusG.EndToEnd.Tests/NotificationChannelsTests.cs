using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CampusG.EndToEnd.Tests.Support;
using CampusG.Testing;

namespace CampusG.EndToEnd.Tests;

/// <summary>
/// E-mail (to the smtp4dev of the test script) and SMS (to the campus's provider stand-in) from a real campus:
/// Users tells Notifications the contact details at sign-up; preferences decide the channels.
/// </summary>
[Collection(SharedCampus.Name)]
public sealed class NotificationChannelsTests(TestCampus campus) : IDisposable
{
    private static readonly TimeSpan MailWait = TimeSpan.FromSeconds(40);

    private readonly Smtp4devMailbox _mailbox = new();

    [Fact]
    public async Task ConfirmationEmail_ArrivesAtTheUsersAddress_WithAReceiptLinkThatOpensWithoutAToken()
    {
        var email = NewEmail();
        var customer = await CampusApi.SignUpAsync(campus.Host.Client, email);

        var orderId = (await customer.PlaceOrderAsync()).GetProperty("orderId").GetGuid();
        await customer.WaitForStatusAsync(orderId, "CREATED");

        var mail = await Eventually.UntilAsync(() => _mailbox.ToAsync(email), m => m.Count > 0, MailWait, "the confirmation e-mail");
        var confirmation = Assert.Single(mail);
        Assert.Equal("CampusG: Your errand is confirmed", confirmation.Subject);
        var notification = await DeliveredAsync(customer, "ORDER_CREATED", orderId, "EMAIL");
        Assert.Equal("SENT", notification.GetProperty("status").GetString());
        await ReceiptLinkOpensWithoutATokenAsync(confirmation, orderId);
    }

    /// <summary>The confirmation's receipt link, made absolute with the campus's public address, opens as HTML and PDF.</summary>
    private async Task ReceiptLinkOpensWithoutATokenAsync(ReceivedMail confirmation, Guid orderId)
    {
        var text = await _mailbox.PlainTextAsync(confirmation);
        var link = Regex.Match(text, @"Your receipt: (\S+)");
        Assert.True(link.Success, "the confirmation e-mail has no receipt link:\n" + text);
        Assert.Contains(orderId.ToString(), text, StringComparison.Ordinal);
        var url = link.Groups[1].Value;
        Assert.StartsWith(TestCampus.PublicBaseUrl.ToString(), url, StringComparison.Ordinal);
        Assert.Contains(Regex.Match(url, @"/v1/receipts/[^?]+").Value, await _mailbox.HtmlAsync(confirmation), StringComparison.Ordinal);

        // What the mail client opens: the same path and query on the campus, no bearer token.
        var pathAndQuery = "/" + url[TestCampus.PublicBaseUrl.ToString().Length..];
        using var anonymous = campus.Host.CreateClient();
        using (var html = await anonymous.GetAsync(new Uri(pathAndQuery, UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, html.StatusCode);
            Assert.Contains(orderId.ToString(), await html.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using var pdf = await anonymous.GetAsync(new Uri(pathAndQuery + "&format=pdf", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CancelledOrderEmail_SaysWhy()
    {
        var email = NewEmail();
        var customer = await CampusApi.SignUpAsync(campus.Host.Client, email);
        var admin = await CampusApi.OperatorAsync(campus.Host.Client);
        var orderId = (await customer.PlaceOrderAsync()).GetProperty("orderId").GetGuid();
        await customer.WaitForStatusAsync(orderId, "CREATED");

        using var cancelled = await admin.SendAsync(HttpMethod.Post, $"/v1/admin/orders/{orderId}/cancel", new { note = "the shop is closed" });
        Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);

        var notice = await DeliveredAsync(customer, "ORDER_CANCELLED", orderId, "EMAIL");
        var mail = await Eventually.UntilAsync(
            () => _mailbox.ToAsync(email), m => m.Any(x => x.Subject == "CampusG: Your order was cancelled"), MailWait, "the cancellation e-mail");
        var text = await _mailbox.PlainTextAsync(mail.First(x => x.Subject == "CampusG: Your order was cancelled"));
        Assert.Contains(notice.GetProperty("message").GetString()!, text, StringComparison.Ordinal);
        Assert.Contains("support cancelled your order", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SmsPreferenceOn_TheProviderReceivesTheSms()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client, NewEmail());
        using var put = await customer.SendAsync(HttpMethod.Put, "/v1/users/me/notification-preferences", new { email = false, sms = true });
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var orderId = (await customer.PlaceOrderAsync()).GetProperty("orderId").GetGuid();
        await customer.WaitForStatusAsync(orderId, "CREATED");

        var notification = await DeliveredAsync(customer, "ORDER_CREATED", orderId, "SMS");
        Assert.Equal(["IN_APP", "SMS"], Channels(notification));
        var sms = Assert.Single(SmsFor(orderId), r => r.Answered == 202);
        Assert.True(sms.SignatureValid);
        Assert.Equal("ORDER_CREATED", sms.Template);
        Assert.Equal("+6591234567", sms.To);
    }

    [Fact]
    public async Task AnSmsProviderAnswering500Twice_ThenAccepting_GivesExactlyOneSentSms_AndTheSagaGoesOn()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client, NewEmail());
        await customer.SendAsync(HttpMethod.Put, "/v1/users/me/notification-preferences", new { email = true, sms = true });
        campus.Sms.FailNext(2);

        var orderId = (await customer.PlaceOrderAsync()).GetProperty("orderId").GetGuid();
        await customer.WaitForStatusAsync(orderId, "CREATED");

        var notification = await DeliveredAsync(customer, "ORDER_CREATED", orderId, "SMS");
        Assert.Equal("SENT", notification.GetProperty("status").GetString());
        Assert.Equal(["IN_APP", "EMAIL", "SMS"], Channels(notification));
        Assert.Equal([500, 500, 202], SmsFor(orderId).Select(r => r.Answered));
    }

    [Fact]
    public async Task AnSmsProviderDownLongerThanTheRetries_FailsOnlyTheSmsDelivery_NotTheNotificationOrTheOrder()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client, NewEmail());
        await customer.SendAsync(HttpMethod.Put, "/v1/users/me/notification-preferences", new { email = true, sms = true });
        campus.Sms.FailNext(1000);
        try
        {
            var orderId = (await customer.PlaceOrderAsync()).GetProperty("orderId").GetGuid();
            await customer.WaitForStatusAsync(orderId, "CREATED");

            var list = await customer.WaitForJsonAsync("/v1/notifications?limit=100", n => Find(n, "ORDER_CREATED", orderId) is { } item
                && Delivery(item, "SMS") == "FAILED", MailWait);
            var notification = Find(list, "ORDER_CREATED", orderId)!.Value;
            Assert.Equal("SENT", notification.GetProperty("status").GetString());
            Assert.Equal("SENT", Delivery(notification, "IN_APP"));
            Assert.Equal(4, SmsFor(orderId).Count); // the first attempt and the three retries of the test campus's schedule
            Assert.All(SmsFor(orderId), r => Assert.Equal(500, r.Answered));
        }
        finally
        {
            campus.Sms.Recover();
        }
    }

    private static string? Delivery(JsonElement notification, string channel) =>
        notification.GetProperty("deliveries").EnumerateArray()
            .Where(d => d.GetProperty("channel").GetString() == channel).Select(d => d.GetProperty("status").GetString()).FirstOrDefault();

    public void Dispose() => _mailbox.Dispose();

    private static string NewEmail() => $"mail-{Guid.NewGuid():N}@campus.test";

    private IReadOnlyList<SmsRequest> SmsFor(Guid orderId) =>
        [.. campus.Sms.Requests.Where(r => r.Variables.TryGetValue("orderId", out var id) && id == orderId.ToString())];

    private static string[] Channels(JsonElement notification) =>
        [.. notification.GetProperty("deliveries").EnumerateArray().Select(d => d.GetProperty("channel").GetString()!)];

    /// <summary>Waits until the notification's delivery on <paramref name="channel"/> is SENT; returns the notification.</summary>
    private static async Task<JsonElement> DeliveredAsync(CampusApi user, string template, Guid orderId, string channel)
    {
        var list = await user.WaitForJsonAsync("/v1/notifications?limit=100", n => Find(n, template, orderId) is { } item
            && item.GetProperty("deliveries").EnumerateArray().Any(d => d.GetProperty("channel").GetString() == channel && d.GetProperty("status").GetString() == "SENT"),
            MailWait);
        return Find(list, template, orderId)!.Value;
    }

    private static JsonElement? Find(JsonElement list, string template, Guid orderId) =>
        list.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("template").GetString() == template && i.GetProperty("orderId").GetString() == orderId.ToString())
            .Select(i => (JsonElement?)i).FirstOrDefault();
}
