using CampusG.Messaging;

namespace CampusG.Inventory.Contracts;

[Message("inventory.reserved")]
public sealed record StockReserved(Guid OrderId, IReadOnlyList<StockLine> ReservedItems, DateTimeOffset At);

/// <param name="Reason"><see cref="StockFailureReasons"/>.</param>
[Message("inventory.failed")]
public sealed record StockReservationFailed(Guid OrderId, string Reason, IReadOnlyList<StockShortfall> FailedItems, DateTimeOffset At);

[Message("inventory.released")]
public sealed record StockReleased(Guid OrderId, IReadOnlyList<StockLine> ReleasedItems, DateTimeOffset At);

/// <summary>
/// An item's stock changed (a reservation, a release, an adjustment, or it started being tracked). The correlation
/// id is the item id; <paramref name="Version"/> grows with every change of this item's stock.
/// </summary>
/// <param name="AvailableCount">The stock left; null when the item's stock is not counted.</param>
[Message("inventory.stockChanged")]
public sealed record StockChanged(Guid ItemId, Guid RestaurantId, int? AvailableCount, long Version, DateTimeOffset At);

/// <summary>An item that could not be reserved: how many were asked for and how many are left.</summary>
public sealed record StockShortfall(Guid ItemId, int Requested, int Available);

public static class StockFailureReasons
{
    public const string OutOfStock = "OUT_OF_STOCK";

    /// <summary>The owner marked the item unavailable (an item Inventory does not know yet is not counted and is reserved).</summary>
    public const string Unavailable = "ITEM_UNAVAILABLE";

    /// <summary>The order's reservation was already released (a reserve that arrives after its release holds nothing).</summary>
    public const string Released = "RELEASED";
}
