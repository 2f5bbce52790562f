using System.Net;
using System.Text;
using CampusG.Escrow.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Receipts.Features;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Receipts.Tests;

public sealed class ReceiptIssuingTests
{
    [Fact]
    public async Task AnErrand_GetsV1WhenCreated_AndV2WithTheCapturedAndReleasedAmountsWhenCompleted()
    {
        await using var host = await ReceiptsHost.StartAsync();
        var (orderId, customerId) = await host.ErrandCreatedAsync(12.50m, 3.00m);

        var v1 = await host.IssuedAsync(orderId, 1);
        Assert.Equal(customerId, v1.CustomerId);
        var html = await host.HtmlAsync(v1.Url);
        Assert.Contains("CampusG", html, StringComparison.Ordinal);
        Assert.Contains("Two &lt;b&gt;coffees&lt;/b&gt; from Starbucks", html, StringComparison.Ordinal);
        Assert.Contains(">15.50<", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Captured", html, StringComparison.Ordinal);

        await host.CompleteAsync(orderId, customerId, 12.50m, 3.00m, customerRefund: 2.50m);
        var v2 = await host.IssuedAsync(orderId, 2);
        Assert.Equal(v1.ReceiptId, v2.ReceiptId);
        var final = await host.HtmlAsync(v2.Url);
        Assert.Contains("data-field=\"Captured\">13.00<", final, StringComparison.Ordinal);
        Assert.Contains("data-field=\"Released\">13.00<", final, StringComparison.Ordinal);
        Assert.Contains("data-field=\"Refunded\">2.50<", final, StringComparison.Ordinal);
        Assert.Contains(">COMPLETED<", final, StringComparison.Ordinal);
        Assert.Contains(">RELEASED<", final, StringComparison.Ordinal);

        var latest = await host.ReceiptAsync(customerId, orderId);
        Assert.Equal((v2.ReceiptId, 2), (latest.ReceiptId, latest.Version));
    }

    [Fact]
    public async Task AProblemReportRefund_IssuesAnotherVersion_WithTheRefundedTotal()
    {
        await using var host = await ReceiptsHost.StartAsync();
        var (orderId, customerId) = await host.ErrandCreatedAsync(10.00m, 2.00m);
        await host.CompleteAsync(orderId, customerId, 10.00m, 2.00m);
        await host.IssuedAsync(orderId, 2);

        await host.SendAsync(orderId, new PaymentRefunded(orderId, Guid.NewGuid(), 4.00m, DateTimeOffset.UtcNow, 4.00m));

        var v3 = await host.IssuedAsync(orderId, 3);
        Assert.Contains("data-field=\"Refunded\">4.00<", await host.HtmlAsync(v3.Url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMenuOrder_GetsV1WhenPlaced_WithItsLines()
    {
        await using var host = await ReceiptsHost.StartAsync();
        var (orderId, customerId, now) = (Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow);
        await host.SendAsync(orderId, new OrderCreated(
            orderId, customerId, "2× Chicken rice", 9.00m, 1.50m, "SCIS 1", now, OrderKinds.Menu, Guid.NewGuid(), Guid.NewGuid(),
            [new OrderLine(Guid.NewGuid(), "Chicken rice", 4.50m, 2)]));
        await host.SendAsync(orderId, new OrderUpdated(orderId, customerId, null, OrderStatuses.Placed, OrderStatuses.PendingPayment, null, now));

        var v1 = await host.IssuedAsync(orderId, 1);
        var html = await host.HtmlAsync(v1.Url);
        Assert.Contains("Chicken rice", html, StringComparison.Ordinal);
        Assert.Contains(">10.50<", html, StringComparison.Ordinal);
        Assert.Contains(">PLACED<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACancelledOrder_Receipt_SaysWhy_AndWhatWasRefunded()
    {
        await using var host = await ReceiptsHost.StartAsync();
        var (orderId, customerId) = await host.ErrandCreatedAsync(8.00m, 2.00m);
        await host.IssuedAsync(orderId, 1);
        var now = DateTimeOffset.UtcNow;

        await host.SendAsync(orderId, new OrderCancelled(orderId, customerId, CancellationReasons.CustomerCancelled, OrderStatuses.Created, now));
        await host.SendAsync(orderId, new FundsRefunded(orderId, Guid.NewGuid(), 10.00m, now));
        await host.SendAsync(orderId, new PaymentReverted(orderId, Guid.NewGuid(), PaymentStatuses.Refunded, now));

        var v2 = await host.IssuedAsync(orderId, 2);
        var html = await host.HtmlAsync(v2.Url);
        Assert.Contains("data-field=\"Cancellation reason\">CUSTOMER_CANCELLED<", html, StringComparison.Ordinal);
        Assert.Contains("data-field=\"Refunded\">10.00<", html, StringComparison.Ordinal);
        Assert.Contains(">CANCELLED<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThePdf_IsAPdf_RenderedAtItsFirstDownload_DatedAtIssue_AndKept()
    {
        await using var host = await ReceiptsHost.StartAsync();
        var (orderId, _) = await host.ErrandCreatedAsync();
        var v1 = await host.IssuedAsync(orderId, 1);
        var store = host.Host.Services.GetRequiredService<IReceiptStore>();
        var pdfKey = ReceiptKeys.For(v1.ReceiptId, 1, ReceiptKeys.Pdf);
        Assert.Null(await store.ReadAsync(pdfKey, CancellationToken.None));

        using var response = await host.GetAsync(null, v1.Url + "&format=pdf");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(bytes, 0, 4), StringComparison.Ordinal);
        Assert.Equal(bytes, await store.ReadAsync(pdfKey, CancellationToken.None));
        // Rendered at the download, it is dated when the version was issued.
        Assert.Contains($"/CreationDate(D:{v1.At.UtcDateTime:yyyyMMddHHmmss}", Encoding.ASCII.GetString(bytes), StringComparison.Ordinal);
        using var again = await host.GetAsync(null, v1.Url + "&format=pdf");
        Assert.Equal(bytes, await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task TheHtml_IsRenderedAtItsFirstView_FromTheStoredContent_AndKept()
    {
        await using var host = await ReceiptsHost.StartAsync();
        var (orderId, _) = await host.ErrandCreatedAsync(12.50m, 3.00m);
        var v1 = await host.IssuedAsync(orderId, 1);
        var store = host.Host.Services.GetRequiredService<IReceiptStore>();
        var htmlKey = ReceiptKeys.For(v1.ReceiptId, 1, ReceiptKeys.Html);
        Assert.Null(await store.ReadAsync(htmlKey, CancellationToken.None));
        Assert.NotNull(await store.ReadAsync(ReceiptKeys.For(v1.ReceiptId, 1, ReceiptKeys.Document), CancellationToken.None));

        var html = await host.HtmlAsync(v1.Url);

        Assert.Contains(">15.50<", html, StringComparison.Ordinal);
        var stored = await store.ReadAsync(htmlKey, CancellationToken.None);
        Assert.NotNull(stored);
        Assert.Equal(html, Encoding.UTF8.GetString(stored));
        Assert.Equal(html, await host.HtmlAsync(v1.Url));
    }

    [Fact]
    public async Task AVersionIssuedWithItsHtml_IsServedFromTheStoredFile()
    {
        await using var host = await ReceiptsHost.StartAsync();
        var (orderId, _) = await host.ErrandCreatedAsync();
        var v1 = await host.IssuedAsync(orderId, 1);
        var store = host.Host.Services.GetRequiredService<IReceiptStore>();
        // An earlier build stored the HTML at issue; that file is what the link shows.
        await store.SaveAsync(ReceiptKeys.For(v1.ReceiptId, 1, ReceiptKeys.Html), Encoding.UTF8.GetBytes("<p>issued earlier</p>"),
            ReceiptKeys.ContentType(ReceiptKeys.Html), CancellationToken.None);

        Assert.Equal("<p>issued earlier</p>", await host.HtmlAsync(v1.Url));
    }

    [Fact]
    public async Task BeforeTheOrderOpens_TheReceiptIsNotReady_AndNobodyElseSeesIt()
    {
        await using var host = await ReceiptsHost.StartAsync();
        var (orderId, customerId) = (Guid.NewGuid(), Guid.NewGuid());
        await host.SendAsync(orderId, new OrderCreated(orderId, customerId, "Tea", 3.00m, 1.00m, "SCIS 1", DateTimeOffset.UtcNow));

        await Eventually.TrueAsync(async () =>
        {
            using var response = await host.GetAsync(customerId, $"/v1/orders/{orderId}/receipt");
            return response.StatusCode == HttpStatusCode.Conflict;
        });
        using var notReady = await host.GetAsync(customerId, $"/v1/orders/{orderId}/receipt");
        await ErrorAssert.HasErrorAsync(notReady, HttpStatusCode.Conflict, "RECEIPT_NOT_READY");
        using var someoneElse = await host.GetAsync(Guid.NewGuid(), $"/v1/orders/{orderId}/receipt");
        await ErrorAssert.HasErrorAsync(someoneElse, HttpStatusCode.NotFound, "ORDER_NOT_FOUND");
        using var anonymous = await host.GetAsync(null, $"/v1/orders/{orderId}/receipt");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }
}
