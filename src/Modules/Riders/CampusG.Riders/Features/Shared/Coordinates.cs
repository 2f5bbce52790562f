namespace CampusG.Riders.Features;

/// <summary>Checks of a latitude and longitude given in a request: both or neither, each in range.</summary>
internal static class Coordinates
{
    public static IEnumerable<(string Field, string Detail)> Errors(double? lat, double? lng)
    {
        if (lat is null != lng is null)
        {
            yield return (lat is null ? "lat" : "lng", "lat and lng are given together.");
        }

        if (lat is { } la && (double.IsNaN(la) || la < -90 || la > 90))
        {
            yield return ("lat", "must be between -90 and 90.");
        }

        if (lng is { } ln && (double.IsNaN(ln) || ln < -180 || ln > 180))
        {
            yield return ("lng", "must be between -180 and 180.");
        }
    }

    public static (double Lat, double Lng)? Point(double? lat, double? lng) => lat is { } la && lng is { } ln ? (la, ln) : null;
}
