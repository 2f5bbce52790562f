using System.Globalization;
using Microsoft.JSInterop;

namespace CampusG.Web.Shared;

/// <summary>
/// Times in the browser's own time zone ("Today 14:05", "Yesterday 09:12", "Tue 3 Dec, 14:05"), learnt once per circuit
/// from the browser; UTC until then. The server renders the page, so it cannot use the browser's clock by itself.
/// </summary>
public sealed class LocalTime(TimeProvider time)
{
    private TimeZoneInfo _zone = TimeZoneInfo.Utc;

    /// <summary>Asks the browser for its time zone (IANA name, and its current offset for a name this server lacks).</summary>
    public async Task LearnAsync(IJSRuntime js)
    {
        ArgumentNullException.ThrowIfNull(js);
        try
        {
            var zone = await js.InvokeAsync<BrowserZone>("campusg.timeZone");
            _zone = Find(zone.Id) ?? TimeZoneInfo.CreateCustomTimeZone("browser", TimeSpan.FromMinutes(zone.OffsetMinutes), "Browser", "Browser");
        }
        catch (Exception e) when (e is JSException or InvalidTimeZoneException or ArgumentException)
        {
            // An old browser or an odd zone: times stay in UTC, and say so.
        }
    }

    /// <summary>A time in words near today, the date when further; with seconds for the operators' logs.</summary>
    public string Format(DateTimeOffset at, bool seconds = false)
    {
        var local = TimeZoneInfo.ConvertTime(at, _zone);
        var today = TimeZoneInfo.ConvertTime(time.GetUtcNow(), _zone).Date;
        var clock = local.ToString(seconds ? "HH:mm:ss" : "HH:mm", CultureInfo.InvariantCulture);
        var day = (today - local.Date).Days switch
        {
            0 => "Today",
            1 => "Yesterday",
            _ when local.Year == today.Year => local.ToString("ddd d MMM,", CultureInfo.InvariantCulture),
            _ => local.ToString("d MMM yyyy,", CultureInfo.InvariantCulture),
        };
        return _zone == TimeZoneInfo.Utc ? $"{day} {clock} UTC" : $"{day} {clock}";
    }

    /// <summary>The whole date and time with its offset, for a tooltip.</summary>
    public string Full(DateTimeOffset at) =>
        TimeZoneInfo.ConvertTime(at, _zone).ToString("ddd d MMM yyyy, HH:mm:ss 'UTC'zzz", CultureInfo.InvariantCulture);

    private static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return null;
        }

        return TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : null;
    }

    private sealed record BrowserZone(string? Id, int OffsetMinutes);
}
