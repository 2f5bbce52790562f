using System.Net;
using CampusG.Testing;

namespace CampusG.Receipts.Tests;

public sealed class ReceiptLinkTests
{
    [Fact]
    public async Task ATamperedLink_IsRefused()
    {
        await using var host = await ReceiptsHost.StartAsync();
        var (orderId, customerId) = await host.ErrandCreatedAsync();
        await host.IssuedAsync(orderId, 1);
        var link = await host.ReceiptAsync(customerId, orderId);
        var later = link.Url.Replace("expires=", "expires=9", StringComparison.Ordinal);
        var otherVersion = link.Url.Replace("/v1?", "/v2?", StringComparison.Ordinal);
        var unsigned = link.Url[..link.Url.IndexOf("&sig=", StringComparison.Ordinal)];

        foreach (var url in new[] { later, otherVersion, unsigned, link.Url + "x" })
        {
            using var response = await host.GetAsync(null, url);
            await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Forbidden, "RECEIPT_LINK_INVALID");
        }

        Assert.Contains("CampusG", await host.HtmlAsync(link.Url), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnExpiredLink_IsGone()
    {
        await using var host = await ReceiptsHost.StartAsync(("Receipts:LinkLifetime", "00:00:02"));
        var (orderId, customerId) = await host.ErrandCreatedAsync();
        await host.IssuedAsync(orderId, 1);
        var link = await host.ReceiptAsync(customerId, orderId);
        Assert.True(link.ExpiresAt <= DateTimeOffset.UtcNow.AddSeconds(3));

        await Eventually.TrueAsync(async () =>
        {
            using var response = await host.GetAsync(null, link.Url);
            return response.StatusCode == HttpStatusCode.Gone;
        });
        using var gone = await host.GetAsync(null, link.Url);
        await ErrorAssert.HasErrorAsync(gone, HttpStatusCode.Gone, "RECEIPT_LINK_EXPIRED");
    }

    [Fact]
    public async Task TheGeneratedKey_OutlivesARestart()
    {
        var data = Directory.CreateTempSubdirectory("receipts-key-").FullName;
        string url;
        await using (var first = await ReceiptsHost.StartInAsync(data))
        {
            var (orderId, _) = await first.ErrandCreatedAsync();
            url = (await first.IssuedAsync(orderId, 1)).Url;
        }

        try
        {
            await using var second = await ReceiptsHost.StartInAsync(data);
            Assert.Contains("CampusG", await second.HtmlAsync(url), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
