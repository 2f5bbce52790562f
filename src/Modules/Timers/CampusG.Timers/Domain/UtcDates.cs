namespace CampusG.Timers.Domain;

internal static class UtcDates
{
    /// <summary>A stored UTC time (SQLite hands it back unspecified) as an offset-zero <see cref="DateTimeOffset"/>.</summary>
    public static DateTimeOffset AsUtc(this DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));

    public static DateTimeOffset? AsUtc(this DateTime? value) => value?.AsUtc();
}
