using CampusG.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampusG.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class CustomerAndRunnerTests(Chromium chromium, BrowserCampus campus) : IClassFixture<BrowserCampus>
{
    private static readonly string[] Lifecycle =
        ["PENDING_PAYMENT", "CREATED", "ACCEPTED", "ON_SITE", "PURCHASED", "COLLECTED", "ON_THE_WAY", "DELIVERED", "COMPLETED"];

    [Fact]
    public async Task CustomerAndRunner_TakeAnOrderFromPlacementToCompleted_AndBothReview()
    {
        var runnerStudent = await Student.CreateAsync(campus.Host.Client, "runner");
        await using var customerPhone = await Phone.OpenAsync(chromium, campus);
        await using var runnerPhone = await Phone.OpenAsync(chromium, campus, runnerStudent);
        var (customer, runner) = (customerPhone.Page, runnerPhone.Page);
        var customerEmail = await SignUpWithCardAsync(customer);

        await Ui.FillOrderAsync(customer, Ui.Description, "8.50", "2.00");
        await Expect(customer.GetByTestId("order-total")).ToHaveTextAsync("S$10.50");
        await Screenshots.SaveAsync(customer, "place-order");
        await customer.GetByTestId("order-submit").DblClickAsync();
        await Expect(customer).ToHaveURLAsync(Ui.OrderUrl());
        var orderId = Ui.OrderId(customer);
        await Ui.ExpectStatusAsync(customer, "CREATED");
        await Expect(customer.GetByTestId("countdown-left")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+:\d\d$"));

        await runner.GotoAsync("runner/available");
        var card = runner.Locator($"[data-testid=order-card][data-order-id='{orderId}']");
        // The runner buys the food (S$8.50) and gets it back with the fee: S$10.50 in all, not "S$2.00".
        await Expect(card.GetByTestId("pay-at-shop")).ToHaveTextAsync("S$8.50");
        await Expect(card.GetByTestId("get-back")).ToHaveTextAsync("S$10.50");
        await Expect(card.GetByTestId("get-back-breakdown")).ToHaveTextAsync("(S$8.50 food + S$2.00 your fee)");
        await Screenshots.SaveAsync(runner, "available-orders");
        await card.GetByTestId("accept-order").ClickAsync();
        await Expect(runner).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/orders/{orderId}$"));
        await Ui.ExpectStatusAsync(customer, "ACCEPTED");

        await StepAsync(runner, "ON_SITE");
        await UploadPhotoAsync(runner, "receipt");
        await Screenshots.SaveAsync(runner, "runner-delivery-steps");
        await StepAsync(runner, "PURCHASED");
        await StepAsync(runner, "COLLECTED");
        await StepAsync(runner, "ON_THE_WAY");
        await UploadPhotoAsync(runner, "delivery");
        // Delivery completes an errand at once, so the page may go from ON_THE_WAY straight to COMPLETED; the timeline
        // below still has to show DELIVERED.
        await StepAsync(runner, "DELIVERED", shownAfter: "COMPLETED");

        // The customer's page was never reloaded: it follows the order by itself.
        await Ui.ExpectStatusAsync(customer, "COMPLETED");
        await Ui.ExpectStatusAsync(runner, "COMPLETED");
        var timeline = customer.GetByTestId("timeline-entry");
        await Expect(timeline).ToHaveCountAsync(Lifecycle.Length);
        for (var i = 0; i < Lifecycle.Length; i++)
        {
            await Expect(timeline.Nth(i)).ToHaveAttributeAsync("data-status", Lifecycle[i]);
        }

        await ExpectPhotosAsync(customer);
        await ReviewAsync(customer, stars: 5, "Quick and friendly");
        await Screenshots.SaveAsync(customer, "order-timeline");
        await ReviewAsync(runner, stars: 4, "Easy to find");
        await Expect(customer.GetByTestId("review-done")).ToContainTextAsync("5/5");

        await Expect(runner.GetByTestId("earned")).ToContainTextAsync("S$10.50 went to your earnings balance");
        await ExpectPhotosAsync(runner);
        await runner.GotoAsync("runner/deliveries");
        await Expect(runner.GetByTestId("paid-to-you")).ToHaveTextAsync("S$10.50");
        await Expect(runner.GetByTestId("earnings")).ToHaveTextAsync("S$2.00");
        await Expect(runner.GetByTestId("completed-count")).ToHaveTextAsync("1 completed");
        await Expect(runner.GetByTestId("past-orders").GetByTestId("order-card")).ToHaveCountAsync(1);
        await customer.GotoAsync("orders");
        await Expect(customer.GetByTestId("past-orders").GetByTestId("order-card")).ToHaveCountAsync(1);
        await Expect(customer.GetByTestId("active-orders")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(customer, "my-orders");

        // The runner's 4 stars become the customer's rating (no cancellations: nothing lowers it).
        await customer.GotoAsync("profile");
        await Expect(customer.GetByTestId("customer-rating-value")).ToHaveTextAsync("4.00");
        await Expect(customer.GetByTestId("runner-rating-value")).ToHaveTextAsync("Not rated yet");
        await Screenshots.SaveAsync(customer, "profile");
        // The double click placed one order (one Idempotency-Key per version of the form).
        var placed = await (await Student.SignInAsync(campus.Host.Client, customerEmail)).SendAsync(campus.Host.Client, HttpMethod.Get, "/v1/orders?role=customer");
        Assert.Single(placed.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task RunnerGivesTheOrderBack_ThenTheCustomerCancelsIt()
    {
        await using var customerPhone = await Phone.OfNewStudentAsync(chromium, campus, "fickle");
        await using var runnerPhone = await Phone.OfNewStudentAsync(chromium, campus, "busy");
        var (customer, runner) = (customerPhone.Page, runnerPhone.Page);
        var orderId = await Ui.PlaceOrderAsync(customer, "Kopi peng and kaya toast");
        await Ui.ExpectStatusAsync(customer, "CREATED");

        await runner.GotoAsync("runner/available");
        var card = runner.Locator($"[data-testid=order-card][data-order-id='{orderId}']");
        await card.GetByTestId("accept-order").ClickAsync();
        await Ui.ExpectStatusAsync(runner, "ACCEPTED");
        await Expect(runner.GetByTestId("runner-panel").GetByTestId("pay-at-shop")).ToHaveTextAsync("S$8.50"); // Ui.PlaceOrderAsync: 8.50 + 2.00
        await runner.GetByTestId("give-back").ClickAsync();
        await Ui.AnswerDialogAsync(runner, confirm: false); // "Keep it": nothing happens
        await Ui.ExpectStatusAsync(runner, "ACCEPTED");
        await runner.GetByTestId("give-back").ClickAsync();
        await Screenshots.SaveAsync(runner, "confirm-give-back");
        await Ui.AnswerDialogAsync(runner, confirm: true);

        await Expect(runner).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/runner/available$"));
        await Expect(card).ToBeVisibleAsync();
        await Ui.ExpectStatusAsync(customer, "CREATED");
        await Expect(customer.GetByTestId("timeline-entry").Nth(2)).ToHaveAttributeAsync("data-status", "ACCEPTED");
        await Expect(customer.GetByTestId("timeline-entry").Nth(3)).ToHaveAttributeAsync("data-status", "CREATED");

        await customer.GetByTestId("cancel-order").ClickAsync();
        await Ui.AnswerDialogAsync(customer, confirm: false);
        await Ui.ExpectStatusAsync(customer, "CREATED");
        await customer.GetByTestId("cancel-order").ClickAsync();
        await Ui.AnswerDialogAsync(customer, confirm: true);
        await Ui.ExpectStatusAsync(customer, "CANCELLED");
        await Expect(customer.GetByTestId("cancellation-reason")).ToContainTextAsync("You cancelled this order");
        await Expect(card).ToHaveCountAsync(0);
        // The bell counts what arrived since the notifications were last opened; each names its order.
        await Expect(customer.GetByTestId("notifications-button")).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex(@"^Notifications, \d+ unread$"));
        await customer.GetByTestId("notifications-button").ClickAsync();
        var cancelled = customer.Locator("[data-testid=notification][data-template=ORDER_CANCELLED]");
        await Expect(cancelled.GetByTestId("notification-order")).ToContainTextAsync("Kopi peng and kaya toast");
        await Expect(cancelled).ToHaveAttributeAsync("data-new", "true");
        await Expect(customer.GetByTestId("notifications-button")).ToHaveAttributeAsync("aria-label", "Notifications");
        await Screenshots.SaveAsync(customer, "notifications");
    }

    [Fact]
    public async Task Reload_KeepsTheUserSignedIn_AndSignOutForgetsThem()
    {
        await using var browser = await Phone.OfNewStudentAsync(chromium, campus, "reloader");
        var page = browser.Page;

        await page.ReloadAsync();
        await page.GotoAsync("profile");
        await Expect(page.GetByTestId("card-on-file")).ToContainTextAsync("4242");

        await Ui.OpenMenuAsync(page);
        await page.GetByTestId("sign-out").ClickAsync();
        await Expect(page.GetByTestId("signin-form")).ToBeVisibleAsync();
        await page.GotoAsync("orders");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin\\?returnUrl=%2Forders$"));
    }

    private async Task<string> SignUpWithCardAsync(IPage page)
    {
        var email = Student.NewEmail("customer");
        await page.GotoAsync("signup");
        await page.GetByTestId("signup-firstName").FillAsync("Ada");
        await page.GetByTestId("signup-lastName").FillAsync("Tan");
        await page.GetByTestId("signup-email").FillAsync(email);
        await page.GetByTestId("signup-phoneNumber").FillAsync("+6591234567");
        await page.GetByTestId("signup-password").FillAsync(Student.Password);
        await page.GetByTestId("signup-submit").ClickAsync();
        await Expect(page.GetByTestId("welcome")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("no-card")).ToBeVisibleAsync();

        await page.GetByTestId("card-number").FillAsync("4242 4242 4242 4242");
        await page.GetByTestId("card-expiry").FillAsync($"12/{(DateTime.UtcNow.Year + 3) % 100}"); // as printed on the card
        await page.GetByTestId("card-cvc").FillAsync("123");
        await page.GetByTestId("card-submit").ClickAsync();
        await Expect(page.GetByTestId("card-on-file")).ToContainTextAsync("•••• 4242");
        await Expect(page.GetByTestId("customer-rating-value")).ToHaveTextAsync("Not rated yet");
        return email;
    }

    private static async Task StepAsync(IPage runner, string status, string? shownAfter = null)
    {
        var next = runner.GetByTestId("next-step");
        await Expect(next).ToHaveAttributeAsync("data-status", status);
        await Expect(next).ToBeEnabledAsync();
        await next.ClickAsync();
        await Ui.ExpectStatusAsync(runner, shownAfter ?? status);
    }

    private static async Task UploadPhotoAsync(IPage runner, string kind)
    {
        var input = runner.GetByTestId("proof-input");
        await Expect(input).ToHaveAttributeAsync("capture", "environment");
        await Expect(input).ToHaveAttributeAsync("accept", "image/*");
        await Expect(runner.GetByTestId("next-step")).ToBeDisabledAsync();
        await input.SetInputFilesAsync(new FilePayload
        {
            Name = $"{kind}.png",
            MimeType = "image/png",
            Buffer = TestPng.Create(64, 48, kind == "receipt" ? ((byte)250, (byte)240, (byte)200) : ((byte)120, (byte)200, (byte)120)),
        });
        await Expect(runner.GetByTestId("proof-uploaded")).ToHaveAttributeAsync("data-kind", kind);
        await Expect(runner.GetByTestId("proof-preview")).ToHaveJSPropertyAsync("naturalWidth", 64);
    }

    /// <summary>The receipt and handover photos the runner took are on the order page, loaded (the PNGs are 64 px wide).</summary>
    private static async Task ExpectPhotosAsync(IPage page)
    {
        var photos = page.GetByTestId("proof-photo");
        await Expect(photos).ToHaveCountAsync(2);
        await Expect(photos.Nth(0)).ToHaveAttributeAsync("data-kind", "receipt");
        await Expect(photos.Nth(1)).ToHaveAttributeAsync("data-kind", "delivery");
        foreach (var image in await page.GetByTestId("proof-photo").Locator("img").AllAsync())
        {
            await Expect(image).ToBeVisibleAsync();
            await Expect(image).ToHaveJSPropertyAsync("naturalWidth", 64);
        }
    }

    private static async Task ReviewAsync(IPage page, int stars, string comment)
    {
        var review = page.GetByTestId("review");
        await review.Locator(".mud-rating-item").Nth(stars - 1).ClickAsync();
        await page.GetByTestId("review-comment").FillAsync(comment);
        await page.GetByTestId("review-submit").ClickAsync();
        await Expect(page.GetByTestId("review-done")).ToContainTextAsync($"{stars}/5");
    }
}
