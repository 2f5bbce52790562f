using CampusG.Messaging;

namespace CampusG.Inventory.Contracts;

/// <summary>
/// Reserves the order's items, all or nothing. Replies <see cref="StockReserved"/> or <see cref="StockReservationFailed"/>;
/// a repeated command (a redelivery, a replayed dead letter) repeats the reply and changes the stock once. Items
/// whose stock is not counted are always reserved.
/// </summary>
[Message("inventory.reserve")]
public sealed record ReserveStock(Guid OrderId, IReadOnlyList<StockLine> Items);

/// <summary>
/// Gives the order's reservation back to the stock, once. Replies <see cref="StockReleased"/> (with no items when
/// nothing was reserved); a reservation asked for after its release holds nothing.
/// </summary>
[Message("inventory.release")]
public sealed record ReleaseStock(Guid OrderId, string Reason);

/// <summary>A quantity of one menu item.</summary>
public sealed record StockLine(Guid ItemId, int Quantity);
