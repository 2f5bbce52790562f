namespace CampusG.Riders.Features;

/// <summary>Times as the API writes them: UTC, with the <c>Z</c> (SQLite gives them back without a kind).</summary>
internal static class ApiTimes
{
    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;
}
