using CampusG.Browser.Tests.Support;
using Microsoft.Playwright;
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

        // Placing it again names the card it would charge (the declined one) instead of retrying silently.
        await page.GetByTestId("retry-order").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Dialog)).ToContainTextAsync("•••• 0002");
        await Ui.AnswerDialogAsync(page, confirm: false);
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/orders/{orderId}$"));

        // "Update your card" leads to the profile and back to the order.
        await page.GetByTestId("update-card").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/profile\\?returnUrl="));
        await page.GetByTestId("card-number").FillAsync(Student.GoodCard);
        await page.GetByTestId("card-expiry").FillAsync("12/30");
        await page.GetByTestId("card-cvc").FillAsync("123");
        await page.GetByTestId("card-submit").ClickAsync();
        await page.GetByTestId("card-return").ClickAsync();
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/orders/{orderId}$"));

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
