using CampusG.Inventory.Cache;
using CampusG.Inventory.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Inventory.Features;

/// <summary>
/// Reads availability from the cache first (Redis in distributed mode); what it misses, or all of it when Redis is
/// down, comes from the database and is cached for the next reader.
/// </summary>
internal sealed class AvailabilityReader(InventoryDbContext db, IAvailabilityCache cache)
{
    /// <summary>The known items of <paramref name="itemIds"/>, by id; unknown ids are left out.</summary>
    public async Task<Dictionary<Guid, ItemAvailability>> ReadAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        var found = (await cache.GetAsync(itemIds, cancellationToken)).ToDictionary(e => e.Key, e => ItemAvailability.From(e.Key, e.Value));
        var missing = itemIds.Where(id => !found.ContainsKey(id)).ToList();
        if (missing.Count == 0)
        {
            return found;
        }

        var loaded = await db.Items.AsNoTracking().Where(i => missing.Contains(i.ItemId)).ToListAsync(cancellationToken);
        loaded.ForEach(item => found[item.ItemId] = ItemAvailability.From(item));
        if (cache.Enabled && loaded.Count > 0)
        {
            await cache.PutAsync([.. loaded.Select(i => (i.ItemId, CachedAvailability.From(i)))], cancellationToken);
        }

        return found;
    }
}
