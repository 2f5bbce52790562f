using CampusG.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampusG.Browser.Tests;

/// <summary>axe-core over the main pages, as each side sees them: no serious or critical violation (contrast included).</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(Chromium chromium, BrowserCampus campus) : IClassFixture<BrowserCampus>
{
    [Fact]
    public async Task MainPages_HaveNoSeriousOrCriticalAxeViolations()
    {
        var customer = await Student.CreateAsync(campus.Host.Client, "axe");
        var other = await Student.CreateAsync(campus.Host.Client, "other");
        var admin = await Student.CreateAsync(campus.Host.Client, "ops", email: BrowserCampus.AdminEmail);
        var orderId = await customer.PlaceOrderAsync(campus.Host.Client);
        await other.PlaceOrderAsync(campus.Host.Client, "Teh tarik");
        var failures = new List<string>();

        await using (var visitor = await Phone.OpenAsync(chromium, campus))
        {
            await CheckAsync(visitor.Page, "signin", visitor.Page.GetByTestId("signin-submit"), failures);
            await CheckAsync(visitor.Page, "signup", visitor.Page.GetByTestId("signup-submit"), failures);
        }

        await using (var phone = await Phone.OpenAsync(chromium, campus, customer))
        {
            var page = phone.Page;
            await CheckAsync(page, "orders/new", page.GetByTestId("order-submit"), failures);
            await CheckAsync(page, "orders", page.GetByTestId("order-card"), failures);
            await CheckAsync(page, $"orders/{orderId}", page.GetByTestId("timeline-entry").Last, failures);
            await CheckAsync(page, "runner/available", page.GetByTestId("accept-order"), failures);
            await CheckAsync(page, null, page.GetByTestId("rider-availability"), failures); // the "go online" switch
            await CheckAsync(page, "runner/deliveries", page.GetByTestId("paid-to-you"), failures);
            await CheckAsync(page, "notifications", page.GetByTestId("notification").First, failures);
            await CheckAsync(page, "profile", page.GetByTestId("card-on-file"), failures);
            await CheckAsync(page, "earnings", page.GetByTestId("earnings-balance"), failures);
            // The "connection lost" banner, shown as it would be.
            await page.EvaluateAsync("() => document.getElementById('blazor-error-ui').style.display = 'block'");
            await CheckAsync(page, null, page.Locator("#blazor-error-ui"), failures);
        }

        await using (var ops = await Phone.OpenAsync(chromium, campus, admin))
        {
            var page = ops.Page;
            await CheckAsync(page, "operator/sagas", page.GetByTestId("saga").First, failures);
            await CheckAsync(page, "operator/timers", page.GetByTestId("timer").First, failures);
            await CheckAsync(page, "operator/dead-letters", page.GetByTestId("no-dead-letters").Or(page.GetByTestId("dead-letter")).First, failures);
            await CheckAsync(page, $"operator/events?orderId={orderId}", page.GetByTestId("event").First, failures);
            await CheckAsync(page, "operator/problems", page.GetByTestId("no-problems").Or(page.GetByTestId("admin-issue")).First, failures);
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }

    /// <summary>Opens <paramref name="path"/> (or stays, when null), waits for <paramref name="ready"/>, and runs axe.</summary>
    private static async Task CheckAsync(IPage page, string? path, ILocator ready, List<string> failures)
    {
        if (path is not null)
        {
            await page.GotoAsync(path);
        }

        await Expect(ready).ToBeVisibleAsync();
        failures.AddRange(await Axe.BlockingViolationsAsync(page, path));
    }
}
