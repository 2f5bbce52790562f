using System.Net;
using System.Text.RegularExpressions;
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
        await ExpectFitsAsync(page, "operator/problems", page.GetByTestId("operators-only"));
        await ExpectFitsAsync(page, "earnings", page.GetByTestId("earnings-balance"));
        await customer.SignInAsync(page);
        await ExpectFitsAsync(page, $"orders/{orderId}", page.GetByTestId("timeline-entry").First);
        await ExpectFitsAsync(page, "orders", page.GetByTestId("order-card"));
        await Expect(page.GetByTestId("bottom-nav")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task FirstLoad_ShowsASplashAtOnce_AndGetsMudBlazorsStylesCompressedAndCachedForAYear()
    {
        using var http = new HttpClient(new HttpClientHandler { AutomaticDecompression = DecompressionMethods.None }) { BaseAddress = campus.BaseAddress };
        var html = await http.GetStringAsync(new Uri("signin", UriKind.Relative));
        Assert.Contains("id=\"campus-splash\"", html, StringComparison.Ordinal);
        var css = Regex.Match(html, "href=\"(?<href>_content/MudBlazor/MudBlazor\\.min\\.[a-z0-9]+\\.css)\"").Groups["href"].Value;
        Assert.NotEmpty(css);

        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(css, UriKind.Relative));
        request.Headers.AcceptEncoding.ParseAdd("br, gzip");
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Content.Headers.ContentEncoding.Single(), new[] { "br", "gzip" });
        Assert.True(body.Length < 150_000, $"{body.Length} bytes");
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString() ?? "", StringComparison.Ordinal);
    }

    private static async Task ExpectFitsAsync(IPage page, string path, ILocator content)
    {
        await page.GotoAsync(path);
        await Expect(content).ToBeVisibleAsync();
        await Ui.ExpectNoHorizontalScrollAsync(page, path);
    }
}
