using System.Text.RegularExpressions;
using CampusG.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CampusG.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class EarningsTests(Chromium chromium, BrowserCampus campus) : IClassFixture<BrowserCampus>
{
    [Fact]
    public async Task RunnerWithoutACard_IsToldToAddOne_ThenCashesOutTheBalance()
    {
        var http = campus.Host.Client;
        var customer = await Student.CreateAsync(http, "hungry");
        var runnerStudent = await Student.CreateAsync(http, "earner", card: null);
        // 6.40 food + 1.50 fee: with no card to pay out to, all 7.90 stays in the runner's balance.
        var orderId = await Errand.DeliverAsync(http, customer, runnerStudent);
        await using var runnerPhone = await Phone.OpenAsync(chromium, campus, runnerStudent);
        var runner = runnerPhone.Page;

        await runner.GotoAsync($"orders/{orderId}");
        await Expect(runner.GetByTestId("earned")).ToContainTextAsync("S$7.90 went to your earnings balance");
        await runner.GetByTestId("to-earnings").ClickAsync();
        await Expect(runner).ToHaveURLAsync(new Regex("/earnings$"));
        await Expect(runner.GetByTestId("earnings-balance")).ToHaveTextAsync("S$7.90");
        var item = runner.Locator($"[data-testid=earnings-item][data-order-id='{orderId}']");
        await Expect(item).ToHaveAttributeAsync("data-party", "RUNNER");
        await Expect(item).ToContainTextAsync("+S$7.90");
        await Expect(runner.GetByTestId("no-payouts")).ToBeVisibleAsync();

        await runner.GetByTestId("cash-out").ClickAsync();
        await Expect(runner.GetByTestId("cash-out-error")).ToHaveAttributeAsync("data-code", "NO_PAYOUT_METHOD");
        await Expect(runner.GetByTestId("cash-out-error")).ToContainTextAsync("no card to pay out to");
        await Expect(runner.GetByTestId("earnings-balance")).ToHaveTextAsync("S$7.90"); // nothing left the balance

        await runner.GetByTestId("cash-out-add-card").ClickAsync();
        await Expect(runner).ToHaveURLAsync(new Regex("/profile\\?returnUrl=%2Fearnings$"));
        await runner.GetByTestId("card-number").FillAsync("4242 4242 4242 4242");
        await runner.GetByTestId("card-expiry").FillAsync($"12/{(DateTime.UtcNow.Year + 3) % 100}");
        await runner.GetByTestId("card-cvc").FillAsync("123");
        await runner.GetByTestId("card-submit").ClickAsync();
        await Expect(runner.GetByTestId("card-on-file")).ToContainTextAsync("•••• 4242");
        await Expect(runner.GetByTestId("card-return")).ToHaveTextAsync("Back to your earnings");
        await runner.GetByTestId("card-return").ClickAsync();
        await Expect(runner).ToHaveURLAsync(new Regex("/earnings$"));

        await runner.GetByTestId("cash-out").ClickAsync();
        // The payout may already be paid by the time the page shows it.
        await Expect(runner.GetByTestId("cash-out-started")).ToContainTextAsync(new Regex(@"S\$7\.90 (is on its way to|was paid out to) your card"));
        var payout = runner.GetByTestId("payout");
        await Expect(payout).ToHaveCountAsync(1);
        await Expect(payout).ToHaveAttributeAsync("data-status", new Regex("^(PENDING|PAID)$"));
        await Expect(payout).ToContainTextAsync("S$7.90");
        await Expect(runner.GetByTestId("earnings-balance")).ToHaveTextAsync("S$0.00");
        await Expect(runner.GetByTestId("cash-out")).ToBeDisabledAsync();
        await Ui.ExpectNoHorizontalScrollAsync(runner, "The earnings page");
        await Screenshots.SaveAsync(runner, "earnings");
    }
}
