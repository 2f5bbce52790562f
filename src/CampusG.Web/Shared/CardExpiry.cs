using System.Globalization;
using System.Text.RegularExpressions;

namespace CampusG.Web.Shared;

/// <summary>A card's expiry as people type it from the card: <c>08/29</c>, <c>8/29</c>, <c>08/2029</c>, <c>0829</c>, <c>08-29</c>.</summary>
internal static partial class CardExpiry
{
    public const string Hint = "Enter the expiry as printed on the card, MM/YY (e.g. 08/29).";

    /// <summary>Month and four-digit year; the month is not range-checked here, so the API's own message says what is wrong.</summary>
    public static bool TryParse(string? text, out int month, out int year)
    {
        (month, year) = (0, 0);
        var match = Pattern().Match(text ?? "");
        if (!match.Success)
        {
            return false;
        }

        month = int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture);
        year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        year += year < 100 ? 2000 : 0;
        return true;
    }

    [GeneratedRegex(@"^\s*(?<month>\d{1,2})\s*[/\-. ]?\s*(?<year>\d{4}|\d{2})\s*$")]
    private static partial Regex Pattern();
}
