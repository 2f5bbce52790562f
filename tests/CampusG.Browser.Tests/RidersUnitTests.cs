using CampusG.Web.Shared;

namespace CampusG.Browser.Tests;

/// <summary>The campus map's geometry (no tiles: the UI draws it), without a browser.</summary>
public sealed class RidersUnitTests
{
    private static readonly MapPoint Restaurant = new("restaurant", "Restaurant", 1.29630, 103.84990);

    [Fact]
    public void Map_FitsBothPoints_AtOneScale_NorthUp_InsideTheMargins()
    {
        var rider = new MapPoint("rider", "Rider", 1.29700, 103.85150); // about 190 m east, 80 m north

        var view = MapView.Fit([Restaurant, rider]);

        var (r, d) = (view.Markers[0], view.Markers[1]);
        Assert.True(d.X > r.X && d.Y < r.Y, "the rider is east (right) and north (up) of the restaurant");
        Assert.All(view.Markers, m => Assert.InRange(m.X, MapView.MarginX - 0.01, MapView.Width - MapView.MarginX + 0.01));
        Assert.All(view.Markers, m => Assert.InRange(m.Y, MapView.MarginTop - 0.01, MapView.Height - MapView.MarginBottom + 0.01));
        // One scale both ways: the distance on the drawing is the distance on the ground.
        var drawn = Math.Sqrt(Math.Pow(d.X - r.X, 2) + Math.Pow(d.Y - r.Y, 2)) * view.MetersPerUnit;
        Assert.InRange(drawn, MapView.MetersBetween(Restaurant, rider) * 0.99, MapView.MetersBetween(Restaurant, rider) * 1.01);
        Assert.True(view.LabelBelow(r) && !view.LabelBelow(d), "the lower marker's label goes below it, away from the other");
    }

    [Fact]
    public void Map_OfOnePoint_IsCentred_AndAtLeastAFewHundredMetresAcross()
    {
        var view = MapView.Fit([Restaurant]);

        var only = Assert.Single(view.Markers);
        Assert.Equal(MapView.Width / 2, only.X, 3);
        Assert.True(view.MetersPerUnit * (MapView.Width - (2 * MapView.MarginX)) >= MapView.MinimumSpanMeters - 0.01);
        Assert.False(view.LabelBelow(only));
    }

    [Fact]
    public void ScaleBar_IsARoundDistance_NoWiderThanAQuarterOfTheMap()
    {
        var far = new MapPoint("rider", "Rider", 1.31000, 103.86000); // about 1.9 km away

        foreach (var view in new[] { MapView.Fit([Restaurant]), MapView.Fit([Restaurant, far]) })
        {
            Assert.Contains(view.ScaleMeters, new[] { 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000 });
            Assert.InRange(view.ScaleLength, 20, MapView.Width / 4);
        }

        Assert.Equal("1 km", MapView.Fit([Restaurant, far]).ScaleText); // 1.5 km north to south, 12 m a unit
    }

    [Theory]
    [InlineData(84, "80 m")]
    [InlineData(350, "350 m")]
    [InlineData(1_234, "1.2 km")]
    [InlineData(12_500, "13 km")]
    public void Distances_AreSaidRoundly(double meters, string said) => Assert.Equal(said, MapView.Distance(meters));
}
