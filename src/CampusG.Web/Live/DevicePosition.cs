using CampusG.Web.Api;
using Microsoft.JSInterop;

namespace CampusG.Web.Live;

/// <summary>
/// The device's position, from the browser's geolocation (<c>campusg.position</c>), for a rider who is online or
/// delivering. Permission-friendly: the browser is asked to prompt at most once per circuit (when the rider turns
/// sharing on, or first delivers), and never again after a refusal; without geolocation nothing is sent and nothing
/// breaks.
/// </summary>
internal sealed class DevicePosition(IJSRuntime js, TimeProvider time)
{
    /// <summary>How long a reading is good enough to go with an availability change instead of asking again.</summary>
    private static readonly TimeSpan Fresh = TimeSpan.FromMinutes(2);

    private bool _asked;

    /// <summary>The last reading with coordinates, and when it was taken.</summary>
    public (DeviceLocation Location, DateTimeOffset At)? Last { get; private set; }

    /// <summary>The last reading's status: <c>ok</c>, <c>denied</c>, <c>prompt</c> (not asked), <c>unavailable</c>, <c>timeout</c>.</summary>
    public string? Status { get; private set; }

    /// <summary>The last position if it is recent, else null.</summary>
    public DeviceLocation? Recent => Last is { } last && time.GetUtcNow() - last.At < Fresh ? last.Location : null;

    /// <summary>Reads the position; null when the browser has none or may not tell (the reason is in <see cref="Status"/>).</summary>
    /// <param name="prompt">The user asked for it (a button): the browser may prompt again.</param>
    public async Task<DeviceLocation?> ReadAsync(CancellationToken cancellation, bool prompt = false)
    {
        if (Status == "denied" && !prompt)
        {
            return null;
        }

        var ask = prompt || !_asked;
        _asked = true;
        try
        {
            var reading = await js.InvokeAsync<Reading>("campusg.position", cancellation, ask);
            Status = reading.Status;
            if (reading is { Status: "ok", Lat: { } lat, Lng: { } lng })
            {
                var location = new DeviceLocation(Math.Round(lat, 6), Math.Round(lng, 6), reading.AccuracyM is { } a ? Math.Round(a, 1) : null);
                Last = (location, time.GetUtcNow());
                return location;
            }
        }
        catch (Exception e) when (e is JSException or JSDisconnectedException
                                      || (e is OperationCanceledException && !cancellation.IsCancellationRequested))
        {
            // An old browser, a closed tab, or the interop's own timeout: no position this time.
            Status = "unavailable";
        }

        return null;
    }

    private sealed record Reading(string Status, double? Lat, double? Lng, double? AccuracyM);
}
