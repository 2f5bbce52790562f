using CampusG.Restaurants.Contracts;

namespace CampusG.Orders.Domain;

/// <summary>
/// Orders' copy of a restaurant, kept from <c>restaurant.changed</c> snapshots: what placing a menu order and the
/// restaurant's routes need (owner, name, address, open or closed). The Restaurants module owns the original.
/// </summary>
internal sealed class RestaurantCopy
{
    public Guid Id { get; private init; }

    public Guid OwnerId { get; private set; }

    public string Name { get; private set; } = "";

    public string Location { get; private set; } = "";

    public string Status { get; private set; } = RestaurantStatuses.Open;

    public double? Lat { get; private set; }

    public double? Lng { get; private set; }

    public long Version { get; private set; }

    public bool IsOpen => Status == RestaurantStatuses.Open;

    public static RestaurantCopy New(Guid id) => new() { Id = id };

    /// <summary>Takes the snapshot if it is newer than the copy; an older or repeated one changes nothing.</summary>
    public bool Apply(RestaurantChanged snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Version <= Version)
        {
            return false;
        }

        (OwnerId, Name, Location, Status, Lat, Lng, Version) =
            (snapshot.OwnerId, snapshot.Name, snapshot.Location, snapshot.Status, snapshot.Lat, snapshot.Lng, snapshot.Version);
        return true;
    }
}

/// <summary>Orders' copy of a menu item (name, price, the owner's available flag), kept from <c>menuItem.changed</c>.</summary>
internal sealed class MenuItemCopy
{
    public Guid Id { get; private init; }

    public Guid RestaurantId { get; private set; }

    public string Name { get; private set; } = "";

    public long PriceMinor { get; private set; }

    public bool Available { get; private set; }

    public long Version { get; private set; }

    public static MenuItemCopy New(Guid id) => new() { Id = id };

    public bool Apply(MenuItemChanged snapshot, long priceMinor)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        if (snapshot.Version <= Version)
        {
            return false;
        }

        (RestaurantId, Name, PriceMinor, Available, Version) = (snapshot.RestaurantId, snapshot.Name, priceMinor, snapshot.Available, snapshot.Version);
        return true;
    }
}
