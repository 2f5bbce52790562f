using Microsoft.Playwright;

namespace CampusG.Browser.Tests.Support;

/// <summary>Saves the pages the docs show (docs/ui.md) into <c>docs/screenshots/</c> of this repository.</summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot(), "docs", "screenshots");

    public static async Task SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(Folder);
        // Let the page settle (fonts, the circuit's last render) so the picture shows what a person sees.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        // A viewport as tall as the page, so the fixed bottom navigation is drawn at the bottom, not over the middle.
        var (width, height) = (page.ViewportSize?.Width ?? Chromium.Phone.Width, page.ViewportSize?.Height ?? Chromium.Phone.Height);
        var pageHeight = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await page.SetViewportSizeAsync(width, Math.Max(height, pageHeight));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Folder, name + ".png") });
        await page.SetViewportSizeAsync(width, height);
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CampusG.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No CampusG.slnx above {AppContext.BaseDirectory}.");
    }
}
