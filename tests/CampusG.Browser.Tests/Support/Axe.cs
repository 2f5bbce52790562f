using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CampusG.Browser.Tests.Support;

/// <summary>axe-core over the page as it is now: the serious and critical violations, each in a line.</summary>
public static class Axe
{
    private static readonly string[] Blocking = ["serious", "critical"];

    /// <param name="where">What to call the page in the lines (its path), else its address.</param>
    public static async Task<IReadOnlyList<string>> BlockingViolationsAsync(IPage page, string? where = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe();
        return [.. result.Violations
            .Where(v => Blocking.Contains(v.Impact))
            .Select(v => $"{where ?? page.Url}: {v.Impact} {v.Id} ({v.Help}) at {string.Join("; ", v.Nodes.Select(Describe))}")];
    }

    /// <summary>Fails the test when axe finds a serious or critical violation on the page as it is now.</summary>
    public static async Task ExpectNoBlockingViolationsAsync(IPage page, string what)
    {
        var violations = await BlockingViolationsAsync(page, what);
        Assert.True(violations.Count == 0, string.Join(Environment.NewLine, violations));
    }

    private static string Describe(AxeResultNode node) => $"{node.Target} {node.Html[..Math.Min(node.Html.Length, 160)]}";
}
