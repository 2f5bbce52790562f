using System.Globalization;

namespace CampusG.Web.Shared;

/// <summary>A place to mark on the campus map: <c>restaurant</c> or <c>rider</c>, with its label and coordinates.</summary>
public sealed record MapPoint(string Kind, string Label, double Lat, double Lng);

/// <summary>A point drawn on the map, in the drawing's units (x to the east, y to the south).</summary>
internal sealed record MapMarker(MapPoint Point, double X, double Y);

/// <summary>
/// The campus map's geometry, drawn as inline SVG with no tiles (no internet at run time): the bounds around the points
/// at one scale both ways (a flat projection is exact enough over a campus), at least <see cref="MinimumSpanMeters"/>
/// across so two points close together do not sit on one another, centred, and a scale bar of a round distance.
/// </summary>
internal sealed class MapView
{
    public const double Width = 340;

    public const double Height = 210;

    /// <summary>Room beside the points for their markers and labels.</summary>
    public const double MarginX = 40;

    public const double MarginTop = 34;

    /// <summary>Room below the points: a label under a marker, and the scale bar under that.</summary>
    public const double MarginBottom = 56;

    public const double MinimumSpanMeters = 250;

    private const double MetersPerDegreeLat = 110_574;

    private const double MetersPerDegreeLngAtEquator = 111_320;

    private static readonly int[] RoundMeters = [10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 20_000, 50_000, 100_000];

    private MapView(IReadOnlyList<MapMarker> markers, double metersPerUnit)
    {
        Markers = markers;
        MetersPerUnit = metersPerUnit;
        ScaleMeters = RoundMeters.LastOrDefault(m => m / metersPerUnit <= Width / 4, RoundMeters[0]);
    }

    public IReadOnlyList<MapMarker> Markers { get; }

    /// <summary>How many metres one unit of the drawing stands for.</summary>
    public double MetersPerUnit { get; }

    /// <summary>The scale bar's distance: a round number of metres about a quarter of the map wide (or less).</summary>
    public int ScaleMeters { get; }

    public double ScaleLength => ScaleMeters / MetersPerUnit;

    public string ScaleText => Distance(ScaleMeters);

    /// <summary>Where a marker's label goes: above it, unless another marker is further up (then below, away from it).</summary>
    public bool LabelBelow(MapMarker marker) =>
        Markers.Any(m => m != marker && (m.Y < marker.Y || (m.Y == marker.Y && m.Point.Kind == "rider" && marker.Point.Kind != "rider")));

    /// <summary>Fits <paramref name="points"/> (one at least) into the drawing.</summary>
    public static MapView Fit(IReadOnlyList<MapPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException("A map needs a point.", nameof(points));
        }

        var (north, west) = (points.Max(p => p.Lat), points.Min(p => p.Lng));
        var metersPerDegreeLng = MetersPerDegreeLngAtEquator * Math.Cos(points.Average(p => p.Lat) * Math.PI / 180);
        var east = points.Select(p => (p.Lng - west) * metersPerDegreeLng).ToList();
        var south = points.Select(p => (north - p.Lat) * MetersPerDegreeLat).ToList();
        var (spanX, spanY) = (east.Max(), south.Max());
        var (roomX, roomY) = (Width - (2 * MarginX), Height - MarginTop - MarginBottom);
        var metersPerUnit = Math.Max(Math.Max(spanX / roomX, spanY / roomY), MinimumSpanMeters / roomX);
        var (offsetX, offsetY) = ((Width - (spanX / metersPerUnit)) / 2, MarginTop + ((roomY - (spanY / metersPerUnit)) / 2));
        var markers = points.Select((p, i) => new MapMarker(p, offsetX + (east[i] / metersPerUnit), offsetY + (south[i] / metersPerUnit))).ToList();
        return new MapView(markers, metersPerUnit);
    }

    /// <summary>The distance between two points over the earth's surface, in metres (haversine).</summary>
    public static double MetersBetween(MapPoint a, MapPoint b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        const double radius = 6_371_000;
        var (lat1, lat2) = (a.Lat * Math.PI / 180, b.Lat * Math.PI / 180);
        var (dLat, dLng) = (lat2 - lat1, (b.Lng - a.Lng) * Math.PI / 180);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2));
        return 2 * radius * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>"80 m", "350 m", "1.2 km".</summary>
    public static string Distance(double meters) => meters switch
    {
        < 1_000 => $"{Math.Round(meters / 10) * 10:0} m",
        _ => (meters / 1_000).ToString(meters < 10_000 ? "0.#" : "0", CultureInfo.InvariantCulture) + " km",
    };

    /// <summary>A number for an SVG attribute (invariant, two decimals at most).</summary>
    public static string Svg(double value) => Math.Round(value, 2).ToString(CultureInfo.InvariantCulture);
}
