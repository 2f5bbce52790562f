using System.Text.RegularExpressions;
using CampusG.Browser.Tests.Support;
using static Microsoft.Playwright.Assertions;

namespace CampusG.Browser.Tests;

/// <summary>The menu follows signing in and out without a reload; a wide screen shows it beside the page.</summary>
[Collection(BrowserCollection.Name)]
public sealed partial class NavigationTests(Chromium chromium, BrowserCampus campus) : IClassFixture<BrowserCampus>
{
    [Fact]
    public async Task SigningIn_ShowsSignOutAndTheOperatorsPagesInTheMenu_WithoutAReload()
    {
        var admin = await Student.CreateAsync(campus.Host.Client, "ops", email: BrowserCampus.AdminEmail);
        await using var browser = await Phone.OpenAsync(chromium, campus);
        var page = browser.Page;
        await page.GotoAsync("signin");
        await page.GetByTestId("signin-email").FillAsync(admin.Email);
        await page.GetByTestId("signin-password").FillAsync(Student.Password);
        await page.GetByTestId("signin-submit").ClickAsync();
        await Expect(page).ToHaveURLAsync(OrdersUrl());

        await Ui.OpenMenuAsync(page);
        var menu = page.GetByTestId("nav-menu");
        await Expect(menu.GetByTestId("signed-in-as")).ToHaveTextAsync(admin.Email);
        await Expect(menu.GetByTestId("nav-signin")).ToHaveCountAsync(0);
        await Screenshots.SaveAsync(page, "menu-operator");
        await menu.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Sagas" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/operator/sagas$"));
        await Expect(page.GetByTestId("stuck-count")).ToBeVisibleAsync();

        await Ui.OpenMenuAsync(page);
        await page.GetByTestId("sign-out").ClickAsync();
        await Expect(page.GetByTestId("signin-form")).ToBeVisibleAsync();
        await page.GetByTestId("menu-button").ClickAsync();
        await Expect(page.GetByTestId("nav-signin")).ToBeInViewportAsync();
        await Expect(page.GetByTestId("sign-out")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task SigningUp_ShowsSignOutInTheMenu_WithoutAReload()
    {
        await using var browser = await Phone.OpenAsync(chromium, campus);
        var page = browser.Page;
        await page.GotoAsync("signup");
        await page.GetByTestId("signup-firstName").FillAsync("Bea");
        await page.GetByTestId("signup-lastName").FillAsync("Lim");
        await page.GetByTestId("signup-email").FillAsync(Student.NewEmail("newcomer"));
        await page.GetByTestId("signup-phoneNumber").FillAsync("+6598765432");
        await page.GetByTestId("signup-password").FillAsync(Student.Password);
        await page.GetByTestId("signup-submit").ClickAsync();
        await Expect(page.GetByTestId("welcome")).ToBeVisibleAsync();

        await Ui.OpenMenuAsync(page);
        await Expect(page.GetByTestId("nav-menu")).Not.ToContainTextAsync("Dead letters");
        await Expect(page.GetByTestId("nav-signin")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Desktop_ShowsTheMenuBesideThePage_AndAPhoneKeepsItOutOfTheTabOrderWhileClosed()
    {
        var student = await Student.CreateAsync(campus.Host.Client, "laptop");
        await using var desktop = await Phone.OpenDesktopAsync(chromium, campus, student);
        var page = desktop.Page;

        var menu = page.GetByTestId("nav-menu");
        await Expect(menu.GetByTestId("sign-out")).ToBeInViewportAsync();
        await Expect(page.GetByTestId("bottom-nav")).ToBeHiddenAsync();
        await menu.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Available orders" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/runner/available$"));
        await Expect(page.GetByTestId("no-available-orders")).ToBeVisibleAsync();
        await Expect(menu.GetByTestId("sign-out")).ToBeInViewportAsync(); // following a link keeps it open here
        await Screenshots.SaveAsync(page, "desktop");

        await using var phone = await Phone.OpenAsync(chromium, campus, student);
        var drawer = phone.Page.GetByTestId("drawer");
        await Expect(phone.Page.GetByTestId("bottom-nav")).ToBeVisibleAsync();
        await Expect(drawer).ToHaveAttributeAsync("inert", "");
        await Ui.OpenMenuAsync(phone.Page);
        await Expect(drawer).Not.ToHaveAttributeAsync("inert", "");
    }

    [GeneratedRegex("/orders$")]
    private static partial Regex OrdersUrl();
}
