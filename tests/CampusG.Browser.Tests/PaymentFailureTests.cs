using CampusG.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CampusG.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PaymentFailureTests(Chromium chromium, BrowserCampus campus) : IClassFixture<BrowserCampus>
{
    [Fact]
    public async Task DeclinedCard_ShowsWhyTheOrderWasCancelled_AndOffersARetry()
    {
        var student = await Student.CreateAsync(campus.Host.Client, "declined", Student.DeclinedCard);
        await using var browser = await Phone.OpenAsync(chromium, campus, student);
        var page = browser.Page;

        var orderId = await Ui.PlaceOrderAsync(page);

        await Ui.ExpectStatusAsync(page, "CANCELLED");
        var reason = page.GetByTestId("cancellation-reason");
        await Expect(reason).ToHaveAttributeAsync("data-reason", "PAYMENT_FAILED");
        await Expect(reason).ToContainTextAsync("Your card was declined");
        await Expect(page.GetByTestId("retry-order")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("payment-status")).ToContainTextAsync("nothing was charged");

        await page.GotoAsync("orders");
        var card = page.Locator($"[data-testid=order-card][data-order-id='{orderId}']");
        await Expect(card.GetByTestId("cancellation-reason")).ToContainTextAsync("Your card was declined");
    }

    [Fact]
    public async Task NoCard_IsPointedOutBeforeOrdering_AndTheCancellationSaysSo()
    {
        var student = await Student.CreateAsync(campus.Host.Client, "cardless", card: null);
        await using var browser = await Phone.OpenAsync(chromium, campus, student);
        var page = browser.Page;

        await page.GotoAsync("orders/new");
        await Expect(page.GetByTestId("no-card-warning")).ToContainTextAsync("no card on file");
        await Ui.PlaceOrderAsync(page);

        await Ui.ExpectStatusAsync(page, "CANCELLED");
        await Expect(page.GetByTestId("cancellation-reason")).ToContainTextAsync("You have no card on file");
    }
}
