using CampusG.Browser.Tests.Support;
using CampusG.Testing;
using static Microsoft.Playwright.Assertions;

namespace CampusG.Browser.Tests;

/// <summary>A CampusG whose orders wait only three seconds for a runner.</summary>
public sealed class ShortWindowCampus : BrowserCampus
{
    protected override void Configure(CampusGHostOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Configuration["Orders:AcceptanceWindow"] = "00:00:03";
    }
}

[Collection(BrowserCollection.Name)]
public sealed class TimeoutRetryTests(Chromium chromium, ShortWindowCampus campus) : IClassFixture<ShortWindowCampus>
{
    [Fact]
    public async Task TimedOutOrder_OffersARetry_AndRetryPlacesANewOrder()
    {
        await using var browser = await Phone.OfNewStudentAsync(chromium, campus, "patient");
        var page = browser.Page;

        var first = await Ui.PlaceOrderAsync(page);

        await Ui.ExpectStatusAsync(page, "CANCELLED");
        var reason = page.GetByTestId("cancellation-reason");
        await Expect(reason).ToHaveAttributeAsync("data-reason", "TIMEOUT");
        await Expect(reason).ToContainTextAsync("No runner accepted your order in time");
        await Expect(page.GetByTestId("timeline-entry").Last).ToHaveAttributeAsync("data-status", "CANCELLED");
        await page.GetByTestId("retry-order").ClickAsync();

        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/orders/(?!{first})[0-9a-f-]{{36}}$"));
        var second = Ui.OrderId(page);
        Assert.NotEqual(first, second);
        await Expect(page.GetByTestId("timeline-entry").First).ToHaveAttributeAsync("data-status", "PENDING_PAYMENT");
        await Expect(page.GetByTestId("order-page")).ToContainTextAsync(Ui.Description);
        await page.GotoAsync("orders");
        await Expect(page.GetByTestId("order-card")).ToHaveCountAsync(2);
        await Expect(page.Locator($"[data-testid=order-card][data-order-id='{second}']")).ToBeVisibleAsync();
    }
}
