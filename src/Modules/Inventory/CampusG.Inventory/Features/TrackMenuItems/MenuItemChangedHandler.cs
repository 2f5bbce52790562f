using CampusG.Inventory.Cache;
using CampusG.Inventory.Contracts;
using CampusG.Inventory.Domain;
using CampusG.Inventory.Persistence;
using CampusG.Messaging;
using CampusG.Restaurants.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Inventory.Features;

/// <summary>
/// Keeps Inventory's copy of each menu item: tracked from its first snapshot (version 1 brings the initial stock,
/// null = not counted); later versions replace the owner, name and available flag, older ones change nothing. The
/// stock starting to be tracked, or set, is announced with <c>inventory.stockChanged</c> (correlation id: the item).
/// </summary>
internal sealed class MenuItemChangedHandler(InventoryDbContext db, AvailabilityCacheInterceptor cache, TimeProvider time)
    : IMessageHandler<MenuItemChanged>
{
    public async Task HandleAsync(MenuItemChanged message, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var item = await db.Items.SingleOrDefaultAsync(i => i.ItemId == message.ItemId, cancellationToken);
        bool stockChanged;
        if (item is null)
        {
            item = StockItem.Track(message, now.UtcDateTime);
            db.Items.Add(item);
            stockChanged = true;
        }
        else
        {
            var menuVersion = item.MenuVersion;
            stockChanged = item.Apply(message, now.UtcDateTime);
            if (!stockChanged && item.MenuVersion == menuVersion)
            {
                return; // an old or repeated snapshot
            }
        }

        cache.Note(db, item.ItemId);
        if (stockChanged)
        {
            context.Send(new StockChanged(item.ItemId, item.RestaurantId, item.Count, item.Version, now), item.ItemId.ToString());
        }
    }
}
