using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampusG.Browser.Tests.Support;

/// <summary>Steps through the UI that several tests take, and where a field shows its message.</summary>
public static partial class Ui
{
    public const string Description = "2x chicken rice from Koufu, no chilli";

    /// <summary>The message MudBlazor shows under the input with <paramref name="testId"/>.</summary>
    public static ILocator FieldError(IPage page, string testId)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator(".mud-input-control", new() { Has = page.GetByTestId(testId) }).Locator(".mud-input-helper-text.mud-input-error");
    }

    /// <summary>
    /// Opens the side menu and waits until it is on screen. On a phone the responsive drawer learns the
    /// screen size once the page is up and closes itself then, so a tap that came first is undone; tap again.
    /// The top of the menu is watched, not sign-out at its foot: an operator's menu is taller than a phone, and a
    /// click on a link below scrolls the drawer to it.
    /// </summary>
    public static async Task OpenMenuAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var top = page.GetByTestId("signed-in-as");
        for (var tap = 1; ; tap++)
        {
            await page.GetByTestId("menu-button").ClickAsync();
            try
            {
                await Expect(top).ToBeInViewportAsync(new() { Timeout = 3_000 });
                return;
            }
            catch (PlaywrightException) when (tap < 3)
            {
                // The drawer closed itself after the tap (see above); the next tap opens it for good.
            }
        }
    }

    /// <summary>Answers the confirmation dialog the last click opened: yes (<paramref name="confirm"/>) or no.</summary>
    public static async Task AnswerDialogAsync(IPage page, bool confirm)
    {
        ArgumentNullException.ThrowIfNull(page);
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByTestId(confirm ? "confirm-yes" : "confirm-no").ClickAsync();
        await Expect(dialog).ToBeHiddenAsync();
    }

    /// <summary>Fills and sends the order form; returns the new order's id from the order page it opens.</summary>
    public static async Task<Guid> PlaceOrderAsync(IPage page, string description = Description, string foodFee = "8.50", string deliveryFee = "2.00")
    {
        await FillOrderAsync(page, description, foodFee, deliveryFee);
        await page.GetByTestId("order-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(OrderUrl());
        return OrderId(page);
    }

    public static async Task FillOrderAsync(IPage page, string description, string foodFee, string deliveryFee)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("orders/new");
        await page.GetByTestId("order-description-input").FillAsync(description);
        await page.GetByTestId("order-food-fee").FillAsync(foodFee);
        await page.GetByTestId("order-delivery-fee").FillAsync(deliveryFee);
        await page.GetByTestId("order-location").FillAsync("SMU SCIS 1, level 3 lobby");
    }

    public static Guid OrderId(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Guid.Parse(OrderUrl().Match(page.Url).Groups["id"].Value);
    }

    /// <summary>Waits until the open order page shows <paramref name="status"/> (the page refreshes itself).</summary>
    public static Task ExpectStatusAsync(IPage page, string status)
    {
        ArgumentNullException.ThrowIfNull(page);
        return Expect(page.GetByTestId("order-page")).ToHaveAttributeAsync("data-status", status);
    }

    /// <summary>The page is no wider than the phone: nothing scrolls sideways.</summary>
    public static async Task ExpectNoHorizontalScrollAsync(IPage page, string what)
    {
        ArgumentNullException.ThrowIfNull(page);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.body.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[2] && widths[1] <= widths[2], $"{what} is {Math.Max(widths[0], widths[1])}px wide in a {widths[2]}px viewport");
    }

    [GeneratedRegex("/orders/(?<id>[0-9a-f-]{36})$")]
    public static partial Regex OrderUrl();
}
