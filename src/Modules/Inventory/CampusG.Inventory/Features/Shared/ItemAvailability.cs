using CampusG.Inventory.Cache;
using CampusG.Inventory.Domain;

namespace CampusG.Inventory.Features;

/// <summary>
/// The availability JSON: <c>available</c> when the item is marked available and its stock is not counted or not
/// sold out; <c>availableCount</c> the stock left, null when not counted.
/// </summary>
internal sealed record ItemAvailability(Guid ItemId, bool Available, int? AvailableCount)
{
    public static ItemAvailability From(Guid itemId, CachedAvailability cached) => new(itemId, cached.Available, cached.AvailableCount);

    public static ItemAvailability From(StockItem item) => new(item.ItemId, item.IsAvailable, item.Count);

    public static ItemAvailability From(StockRow row) => new(row.ItemId, row.Available && row.Count is not 0, row.Count);
}
