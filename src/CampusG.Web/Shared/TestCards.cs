namespace CampusG.Web.Shared;

/// <summary>
/// The simulated payment gateway's test cards that fail (docs/api.md). The API saves them like any card, since only a
/// payment fails, so without a word here the first sign of one is a cancelled order.
/// </summary>
internal static class TestCards
{
    private static readonly Dictionary<string, string> Failing = new(StringComparer.Ordinal)
    {
        ["4000000000000002"] = "always declined",
        ["4000000000009995"] = "always declined for insufficient funds",
        ["4000000000000119"] = "never processed (the processor keeps failing)",
    };

    /// <summary>What to tell someone who saved <paramref name="number"/>, or null for a card that pays.</summary>
    public static string? Warning(string number) => Failing.TryGetValue(number, out var outcome)
        ? $"This is a test card whose payments are {outcome}, so orders paid with it will be cancelled. The test card 4242 4242 4242 4242 pays."
        : null;
}
