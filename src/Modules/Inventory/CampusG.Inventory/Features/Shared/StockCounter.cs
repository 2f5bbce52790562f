using CampusG.Inventory.Contracts;
using CampusG.Inventory.Domain;
using CampusG.Inventory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Inventory.Features;

/// <summary>An item's stock as a change left it.</summary>
internal sealed class StockRow
{
    public Guid ItemId { get; init; }

    public Guid RestaurantId { get; init; }

    public int? Count { get; init; }

    public long Version { get; init; }

    public bool Available { get; init; }

    public long MenuVersion { get; init; }

    public StockChanged Changed(DateTimeOffset at) => new(ItemId, RestaurantId, Count, Version, at);
}

/// <summary>
/// The only writer of stock counts: each change is one conditional UPDATE on the caller's connection and transaction,
/// so the check and the write are one step for the database. Of racing reservations for the last unit, on SQLite or on
/// PostgreSQL with several Inventory processes, exactly one finds <c>count &gt;= q</c>; the others change nothing. The
/// row stays locked until the caller's transaction ends.
/// </summary>
internal static class StockCounter
{
    /// <summary>Takes <paramref name="quantity"/> if that many are left; null (nothing changed) otherwise.</summary>
    public static Task<StockRow?> TryTakeAsync(InventoryDbContext db, Guid itemId, int quantity, DateTime now, CancellationToken cancellationToken) =>
        SingleAsync(db.Database.SqlQuery<StockRow>(
            $"""
            UPDATE stock_items SET "Count" = "Count" - {quantity}, "Version" = "Version" + 1, "UpdatedAt" = {now}
            WHERE "ItemId" = {itemId} AND "Count" >= {quantity}
            RETURNING "ItemId", "RestaurantId", "Count", "Version", "Available", "MenuVersion"
            """), cancellationToken);

    /// <summary>Undoes a take of this transaction that no one else could see (the row is still locked by it).</summary>
    public static Task UndoTakeAsync(InventoryDbContext db, Guid itemId, int quantity, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlAsync(
            $"""UPDATE stock_items SET "Count" = "Count" + {quantity}, "Version" = "Version" - 1 WHERE "ItemId" = {itemId}""",
            cancellationToken);

    /// <summary>Returns <paramref name="quantity"/> to a counted item; null when the item is gone or not counted.</summary>
    public static Task<StockRow?> GiveBackAsync(InventoryDbContext db, Guid itemId, int quantity, DateTime now, CancellationToken cancellationToken) =>
        SingleAsync(db.Database.SqlQuery<StockRow>(
            $"""
            UPDATE stock_items SET "Count" = "Count" + {quantity}, "Version" = "Version" + 1, "UpdatedAt" = {now}
            WHERE "ItemId" = {itemId} AND "Count" IS NOT NULL
            RETURNING "ItemId", "RestaurantId", "Count", "Version", "Available", "MenuVersion"
            """), cancellationToken);

    /// <summary>
    /// Adds <paramref name="delta"/> to a counted item if the result stays within 0 and <see cref="StockItem.MaxCount"/>;
    /// null (nothing changed) otherwise.
    /// </summary>
    public static Task<StockRow?> TryAdjustAsync(InventoryDbContext db, Guid itemId, int delta, DateTime now, CancellationToken cancellationToken) =>
        SingleAsync(db.Database.SqlQuery<StockRow>(
            $"""
            UPDATE stock_items SET "Count" = "Count" + {delta}, "Version" = "Version" + 1, "UpdatedAt" = {now}
            WHERE "ItemId" = {itemId} AND "Count" IS NOT NULL AND "Count" + {delta} >= 0 AND "Count" + {delta} <= {StockItem.MaxCount}
            RETURNING "ItemId", "RestaurantId", "Count", "Version", "Available", "MenuVersion"
            """), cancellationToken);

    /// <summary>How many are left now (null: not counted or unknown).</summary>
    public static Task<int?> CountAsync(InventoryDbContext db, Guid itemId, CancellationToken cancellationToken) =>
        db.Items.AsNoTracking().Where(i => i.ItemId == itemId).Select(i => i.Count).SingleOrDefaultAsync(cancellationToken);

    private static async Task<StockRow?> SingleAsync(IQueryable<StockRow> update, CancellationToken cancellationToken) =>
        (await update.ToListAsync(cancellationToken)).SingleOrDefault();
}
