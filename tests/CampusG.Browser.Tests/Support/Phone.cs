using Microsoft.Playwright;

namespace CampusG.Browser.Tests.Support;

/// <summary>One person's browser, a phone unless opened as a desktop: a fresh profile with one open page, closed on dispose.</summary>
public sealed class Phone(IBrowserContext context, IPage page) : IAsyncDisposable
{
    public IPage Page { get; } = page;

    /// <summary>The browser profile, e.g. to let the page know the device's position.</summary>
    public IBrowserContext Context { get; } = context;

    /// <summary>Opens a phone on <paramref name="campus"/>, signed in as <paramref name="student"/> through the sign-in page when given.</summary>
    public static async Task<Phone> OpenAsync(Chromium chromium, BrowserCampus campus, Student? student = null)
    {
        ArgumentNullException.ThrowIfNull(chromium);
        ArgumentNullException.ThrowIfNull(campus);
        var context = await chromium.NewPhoneAsync(campus.BaseAddress);
        var phone = new Phone(context, await context.NewPageAsync());
        if (student is not null)
        {
            await student.SignInAsync(phone.Page);
        }

        return phone;
    }

    /// <summary>Opens a desktop-sized browser on <paramref name="campus"/>, signed in as <paramref name="student"/> when given.</summary>
    public static async Task<Phone> OpenDesktopAsync(Chromium chromium, BrowserCampus campus, Student? student = null)
    {
        ArgumentNullException.ThrowIfNull(chromium);
        ArgumentNullException.ThrowIfNull(campus);
        var context = await chromium.NewDesktopAsync(campus.BaseAddress);
        var desktop = new Phone(context, await context.NewPageAsync());
        if (student is not null)
        {
            await student.SignInAsync(desktop.Page);
        }

        return desktop;
    }

    /// <summary>Signs a new student up through the API (with <paramref name="card"/>, none when null) and opens their phone, signed in.</summary>
    public static async Task<Phone> OfNewStudentAsync(Chromium chromium, BrowserCampus campus, string who, string? card = Student.GoodCard)
    {
        ArgumentNullException.ThrowIfNull(campus);
        return await OpenAsync(chromium, campus, await Student.CreateAsync(campus.Host.Client, who, card));
    }

    public ValueTask DisposeAsync() => Context.DisposeAsync();
}
