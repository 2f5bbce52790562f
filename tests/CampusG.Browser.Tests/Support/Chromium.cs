using Microsoft.Playwright;

namespace CampusG.Browser.Tests.Support;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>, installed by the test script) driven by Playwright, launched once for
/// the whole suite; each test opens its own contexts (a context is a fresh browser profile: its own storage).
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>A phone: every page must work at this size.</summary>
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>A laptop: wider than MudBlazor's "md" breakpoint (960 px), where the side menu stays open.</summary>
    public static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };

    /// <summary>The browser's time zone: not the machine's UTC, so the tests see times converted to local time.</summary>
    public const string TimeZone = "Asia/Singapore";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Assert.True(File.Exists(ExecutablePath), $"{ExecutablePath} is missing: run scripts/install-test-prerequisites.sh (apt-get install chromium).");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
        // Sagas, timers and the live refresh take a moment; every assertion waits up to this long.
        Assertions.SetDefaultExpectTimeout(20_000);
    }

    /// <summary>A new phone-sized browser profile on <paramref name="baseAddress"/>; dispose it at the end of the test.</summary>
    public Task<IBrowserContext> NewPhoneAsync(Uri baseAddress) => NewContextAsync(baseAddress, Phone, mobile: true);

    /// <summary>A new desktop-sized browser profile on <paramref name="baseAddress"/>; dispose it at the end of the test.</summary>
    public Task<IBrowserContext> NewDesktopAsync(Uri baseAddress) => NewContextAsync(baseAddress, Desktop, mobile: false);

    private async Task<IBrowserContext> NewContextAsync(Uri baseAddress, ViewportSize size, bool mobile)
    {
        ArgumentNullException.ThrowIfNull(baseAddress);
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            ViewportSize = size,
            IsMobile = mobile,
            HasTouch = mobile,
            DeviceScaleFactor = 1,
            TimezoneId = TimeZone,
        });
        context.SetDefaultTimeout(20_000);
        return context;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}

/// <summary>Every browser test class shares the one <see cref="Chromium"/> (and runs one after another: the machine has 2 cores).</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<Chromium>
{
    public const string Name = "browser";
}
