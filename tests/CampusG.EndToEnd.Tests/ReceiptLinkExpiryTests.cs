using System.Net;
using CampusG.EndToEnd.Tests.Support;

namespace CampusG.EndToEnd.Tests;

/// <summary>A receipt link past its lifetime is gone, and reading the receipt again signs a fresh one (links valid 5 s here).</summary>
[Collection(ShortWindows.Name)]
public sealed class ReceiptLinkExpiryTests(ShortWindowsCampus campus)
{
    [Fact]
    public async Task AnExpiredLink_Is410_AndTheOrderPageSignsAFreshOne()
    {
        var customer = await CampusApi.SignUpAsync(campus.Host.Client);
        var orderId = await LifecycleTests.CreatedOrderAsync(customer);
        var receipt = await customer.WaitForJsonAsync($"/v1/orders/{orderId}/receipt", r => r.GetProperty("version").GetInt32() >= 1);
        var url = receipt.GetProperty("url").GetString()!;
        using var anonymous = campus.Host.CreateClient();

        // Links carry whole seconds: past the lifetime plus a second of rounding it must be gone.
        await Task.Delay(ShortWindowsCampus.ReceiptLinkLifetime + TimeSpan.FromSeconds(1.5));
        using var expired = await anonymous.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.Equal("RECEIPT_LINK_EXPIRED", await SessionTests.CodeAsync(expired));

        var fresh = (await customer.GetJsonAsync($"/v1/orders/{orderId}/receipt")).GetProperty("url").GetString()!;
        Assert.NotEqual(url, fresh);
        using var opened = await anonymous.GetAsync(new Uri(fresh, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
    }
}
