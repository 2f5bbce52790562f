using CampusG.Browser.Tests.Support;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace CampusG.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(Chromium chromium, BrowserCampus campus) : IClassFixture<BrowserCampus>
{
    [Fact]
    public async Task PhoneSizedScreen_MainPagesRenderWithoutHorizontalScroll()
    {
        var customer = await Student.CreateAsync(campus.Host.Client, "phone");
        var runner = await Student.CreateAsync(campus.Host.Client, "thumb");
        // A long word is the usual way a phone page ends up wider than the phone.
        var orderId = await customer.PlaceOrderAsync(campus.Host.Client, "Supercalifragilisticexpialidocious-nasi-lemak-with-extra-sambal-and-two-fried-eggs please");
        await using var signedOut = await Phone.OpenAsync(chromium, campus);
        var visitor = signedOut.Page;
        await visitor.GotoAsync("signin");
        await Expect(visitor.GetByTestId("signin-submit")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(visitor, "sign-in");
        await Ui.ExpectNoHorizontalScrollAsync(visitor, "signin");
        await visitor.GotoAsync("signup");
        await Expect(visitor.GetByTestId("signup-submit")).ToBeVisibleAsync();
        await Ui.ExpectNoHorizontalScrollAsync(visitor, "signup");

        await using var phone = await Phone.OpenAsync(chromium, campus, runner);
        var page = phone.Page;
        await ExpectFitsAsync(page, "runner/available", page.Locator($"[data-testid=order-card][data-order-id='{orderId}']"));
        await ExpectFitsAsync(page, "runner/deliveries", page.GetByTestId("earnings"));
        await ExpectFitsAsync(page, "orders/new", page.GetByTestId("order-submit"));
        await ExpectFitsAsync(page, "orders", page.GetByTestId("no-orders"));
        await ExpectFitsAsync(page, "profile", page.GetByTestId("card-on-file"));
        await ExpectFitsAsync(page, "notifications", page.GetByRole(AriaRole.Heading, new() { Name = "Notifications" }));
        await ExpectFitsAsync(page, "operator/sagas", page.GetByTestId("operators-only"));
        await customer.SignInAsync(page);
        await ExpectFitsAsync(page, $"orders/{orderId}", page.GetByTestId("timeline-entry").First);
        await ExpectFitsAsync(page, "orders", page.GetByTestId("order-card"));
        await Expect(page.GetByTestId("bottom-nav")).ToBeVisibleAsync();
    }

    private static async Task ExpectFitsAsync(IPage page, string path, ILocator content)
    {
        await page.GotoAsync(path);
        await Expect(content).ToBeVisibleAsync();
        await Ui.ExpectNoHorizontalScrollAsync(page, path);
    }
}
