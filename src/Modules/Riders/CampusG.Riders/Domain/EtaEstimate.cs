namespace CampusG.Riders.Domain;

/// <summary>
/// When a menu order should reach its customer. Before pickup: the later of the kitchen's ready time and the rider's
/// arrival at the restaurant (distance at <c>speed</c>, when both points are known), plus the way to the customer;
/// after pickup: the pickup plus that way. Errands carry no ETA (their drop-off has no coordinates and no ready time).
/// </summary>
internal static class EtaEstimate
{
    private const double EarthRadiusMeters = 6_371_000;

    public static DateTime? Of(Delivery delivery, (double Lat, double Lng)? rider, DateTime now, double speedMetersPerSecond)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (!delivery.IsMenu || delivery.Ended || delivery.LegSeconds is not { } legSeconds || delivery.EstimatedReadyTime is not { } estimated)
        {
            return null;
        }

        var leg = TimeSpan.FromSeconds(legSeconds);
        if (delivery.PickedUpAt is { } pickedUp)
        {
            return pickedUp + leg;
        }

        if (rider is not { } from || delivery.PickupLat is not { } lat || delivery.PickupLng is not { } lng || speedMetersPerSecond <= 0)
        {
            return estimated + leg;
        }

        var readyBy = delivery.ReadyAt ?? estimated;
        var arrival = now + TimeSpan.FromSeconds(MetersBetween(from, (lat, lng)) / speedMetersPerSecond);
        return (arrival > readyBy ? arrival : readyBy) + leg;
    }

    /// <summary>Great-circle distance (haversine); on a campus the error against a walking route is the route's, not the formula's.</summary>
    public static double MetersBetween((double Lat, double Lng) a, (double Lat, double Lng) b)
    {
        var dLat = Radians(b.Lat - a.Lat);
        var dLng = Radians(b.Lng - a.Lng);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(Radians(a.Lat)) * Math.Cos(Radians(b.Lat)) * Math.Sin(dLng / 2) * Math.Sin(dLng / 2));
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
