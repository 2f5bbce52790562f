using System.Net;
using System.Text;
using System.Text.Json;
using CampusG.EndToEnd.Tests.Support;
using static CampusG.EndToEnd.Tests.LifecycleTests;

namespace CampusG.EndToEnd.Tests;

/// <summary>Receipts through the real API: the amounts match the payment view after completion and after a refund; signed links.</summary>
[Collection(SharedCampus.Name)]
public sealed class ReceiptTests(TestCampus campus)
{
    [Fact]
    [Trait(TestCampus.Deployment, TestCampus.Containers)]
    public async Task ACompletedErrand_HasAReceipt_WhoseAmountsMatchThePaymentView_AndWhoseLinkCannotBeTamperedWith()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var runner = await CampusApi.SignUpAsync(campus.Host.CreateClient(), card: null);
        var orderId = await CreatedOrderAsync(customer);
        var first = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/receipt", r => r.GetProperty("version").GetInt32() >= 1);
        Assert.Contains("CampusG", await OpenAsync(first.GetProperty("url").GetString()!), StringComparison.Ordinal);

        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/accept", HttpStatusCode.OK);
        await DeliverAsync(runner, orderId);
        await customer.WaitForStatusAsync(orderId, "COMPLETED");
        var payment = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/payment", p => p.GetProperty("escrowStatus").GetString() == "RELEASED");
        var final = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/receipt", r => r.GetProperty("version").GetInt32() >= 2);

        Assert.Equal(first.GetProperty("receiptId").GetGuid(), final.GetProperty("receiptId").GetGuid());
        var url = final.GetProperty("url").GetString()!;
        var html = await OpenAsync(url);
        Assert.Contains($"data-field=\"Released\">{Amount(payment, "amount")}<", html, StringComparison.Ordinal);
        Assert.Contains($"data-field=\"Refunded\">{Amount(payment, "refundedAmount")}<", html, StringComparison.Ordinal);
        Assert.Contains($"data-field=\"Payment status\">{payment.GetProperty("paymentStatus").GetString()}<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("4242", html, StringComparison.Ordinal);

        using (var pdf = await campus.Host.CreateClient().GetAsync(new Uri(url + "&format=pdf", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            Assert.StartsWith("%PDF", Encoding.ASCII.GetString((await pdf.Content.ReadAsByteArrayAsync())[..4]), StringComparison.Ordinal);
        }

        using var tampered = await campus.Host.CreateClient().GetAsync(new Uri(url.Replace("sig=", "sig=A", StringComparison.Ordinal), UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        Assert.Equal("RECEIPT_LINK_INVALID", await SessionTests.CodeAsync(tampered));
    }

    [Fact]
    public async Task ARefundAfterCompletion_IssuesANewVersion_WithThePaymentViewsRefundedAmount()
    {
        var admin = await CampusApi.OperatorAsync(campus.Host.CreateClient());
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var runner = await CampusApi.SignUpAsync(campus.Host.CreateClient(), card: null);
        var orderId = await CreatedOrderAsync(customer);
        await ExpectAsync(runner, HttpMethod.Post, $"/v1/orders/{orderId}/accept", HttpStatusCode.OK);
        await DeliverAsync(runner, orderId);
        await customer.WaitForJsonAsync($"/v1/orders/{orderId}/receipt", r => r.GetProperty("version").GetInt32() >= 2);

        using var reported = await customer.SendAsync(HttpMethod.Post, $"/v1/orders/{orderId}/issues", new { kind = "MISSING_ITEM", detail = "One drink was missing." });
        var issueId = JsonDocument.Parse(await reported.Content.ReadAsStringAsync()).RootElement.GetProperty("issueId").GetGuid();
        await ExpectAsync(admin, HttpMethod.Post, $"/v1/admin/issues/{issueId}/resolve", HttpStatusCode.OK, new { refundAmount = 2.40m, chargedTo = "RUNNER", note = "one drink" });
        var payment = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/payment", p => p.GetProperty("refundedAmount").GetDecimal() == 2.40m);
        var receipt = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/receipt", r => r.GetProperty("version").GetInt32() >= 3);

        var html = await OpenAsync(receipt.GetProperty("url").GetString()!);
        Assert.Contains($"data-field=\"Refunded\">{Amount(payment, "refundedAmount")}<", html, StringComparison.Ordinal);
    }

    private async Task<string> OpenAsync(string url)
    {
        // No token: the signed link is the only credential.
        using var response = await campus.Host.CreateClient().GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static string Amount(JsonElement view, string field) =>
        view.GetProperty(field).GetDecimal().ToString("0.00", System.Globalization.CultureInfo.InvariantCulture);
}
