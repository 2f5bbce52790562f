using CampusG.Restaurants.Contracts;

namespace CampusG.Inventory.Domain;

/// <summary>
/// One menu item's stock, as Inventory tracks it from <c>menuItem.changed</c>: who owns it, whether the owner marks it
/// available, and how many are left (<see cref="Count"/>; null when the stock is not counted). The count changes only
/// through <c>StockCounter</c>'s conditional updates (reservations, releases, adjustments), never through this entity.
/// </summary>
internal sealed class StockItem
{
    /// <summary>The most stock an item holds (R-REST-2 in docs/requirements.md).</summary>
    public const int MaxCount = 100_000;

    public Guid ItemId { get; private init; }

    public Guid RestaurantId { get; private set; }

    public Guid OwnerId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>The owner's flag from the menu.</summary>
    public bool Available { get; private set; }

    /// <summary>The stock left; null when not counted.</summary>
    public int? Count { get; private set; }

    /// <summary>Whether version 1 of the menu item (the one with the initial stock) has been applied.</summary>
    public bool InitialStockApplied { get; private set; }

    /// <summary>The newest <c>menuItem.changed</c> version applied.</summary>
    public long MenuVersion { get; private set; }

    /// <summary>Grows with every change of the stock (<c>inventory.stockChanged</c>'s version).</summary>
    public long Version { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>Marked available and not sold out.</summary>
    public bool IsAvailable => Available && Count is not 0;

    /// <summary>
    /// Grows with every change of what the availability routes show (the stock or the menu flag): the version of
    /// the cached entry.
    /// </summary>
    public long CacheVersion => Version + MenuVersion;

    /// <summary>Starts tracking an item from the first snapshot seen (normally version 1, with the initial stock).</summary>
    public static StockItem Track(MenuItemChanged snapshot, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var item = new StockItem { ItemId = snapshot.ItemId, Version = 1 };
        item.CopyMenu(snapshot, now);
        if (snapshot.Version == 1)
        {
            item.Count = InitialCount(snapshot);
            item.InitialStockApplied = true;
        }

        return item;
    }

    /// <summary>
    /// Applies a later snapshot: a newer version replaces the menu fields; a version 1 that arrives after a later
    /// one still brings the initial stock. Returns true when the stock itself changed.
    /// </summary>
    public bool Apply(MenuItemChanged snapshot, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var stockChanged = false;
        if (snapshot.Version == 1 && !InitialStockApplied)
        {
            InitialStockApplied = true;
            Count = InitialCount(snapshot);
            stockChanged = Count is not null;
            Version += stockChanged ? 1 : 0;
            UpdatedAt = now;
        }

        if (snapshot.Version > MenuVersion)
        {
            CopyMenu(snapshot, now);
        }

        return stockChanged;
    }

    private static int? InitialCount(MenuItemChanged snapshot) => snapshot.InitialStock is { } stock ? Math.Clamp(stock, 0, MaxCount) : null;

    private void CopyMenu(MenuItemChanged snapshot, DateTime now)
    {
        RestaurantId = snapshot.RestaurantId;
        OwnerId = snapshot.OwnerId;
        Name = snapshot.Name;
        Available = snapshot.Available;
        MenuVersion = snapshot.Version;
        UpdatedAt = now;
    }
}
