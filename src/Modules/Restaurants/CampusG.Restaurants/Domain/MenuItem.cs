namespace CampusG.Restaurants.Domain;

/// <summary>A PATCH of a menu item: null leaves a field as it is, except the description, which changes when <see cref="SetsDescription"/>.</summary>
internal sealed record MenuItemEdit(string? Name, bool SetsDescription, string? Description, long? PriceMinor, bool? Available);

/// <summary>
/// An item of a restaurant's menu. <see cref="Version"/> counts the owner's changes (a snapshot per version);
/// the stock left is Inventory's, copied from its <c>inventory.stockChanged</c> events, newest version only.
/// </summary>
internal sealed class MenuItem
{
    public Guid Id { get; private init; }

    public Guid RestaurantId { get; private init; }

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    public long PriceMinor { get; private set; }

    /// <summary>The owner's flag: offered or not.</summary>
    public bool Available { get; private set; }

    /// <summary>The stock given when the item was added; null: not counted.</summary>
    public int? InitialStock { get; private init; }

    /// <summary>The stock left as Inventory last reported it (the initial stock until then); null: not counted.</summary>
    public int? AvailableCount { get; private set; }

    /// <summary>The version of the last stock change applied; 0 before the first.</summary>
    public long StockVersion { get; private set; }

    public long Version { get; private set; }

    public DateTime CreatedAt { get; private init; }

    public DateTime UpdatedAt { get; private set; }

    public static MenuItem Add(Guid restaurantId, string name, string? description, long priceMinor, int? stock, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(now),
        RestaurantId = restaurantId,
        Name = name,
        Description = description,
        PriceMinor = priceMinor,
        Available = true,
        InitialStock = stock,
        AvailableCount = stock,
        Version = 1,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>Applies <paramref name="edit"/>; true (and a new version) only when something changed.</summary>
    public bool Apply(MenuItemEdit edit, DateTime now)
    {
        var before = (Name, Description, PriceMinor, Available);
        Name = edit.Name ?? Name;
        PriceMinor = edit.PriceMinor ?? PriceMinor;
        Available = edit.Available ?? Available;
        if (edit.SetsDescription)
        {
            Description = edit.Description;
        }

        if (before == (Name, Description, PriceMinor, Available))
        {
            return false;
        }

        Version++;
        UpdatedAt = now;
        return true;
    }

    /// <summary>Takes Inventory's count when <paramref name="version"/> is newer than the last one taken; true when it did.</summary>
    public bool ApplyStock(int? availableCount, long version)
    {
        if (version <= StockVersion)
        {
            return false;
        }

        AvailableCount = availableCount;
        StockVersion = version;
        return true;
    }
}
