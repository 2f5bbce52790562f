using CampusG.Restaurants.Domain;
using CampusG.Restaurants.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Restaurants.Features;

/// <summary>Reads of restaurants with their menus (items in the order they were added).</summary>
internal static class Menus
{
    /// <summary>The restaurant JSON of <paramref name="restaurantId"/>; <c>404 RESTAURANT_NOT_FOUND</c> when there is none.</summary>
    public static async Task<RestaurantResponse> ReadAsync(RestaurantsDbContext db, Guid restaurantId, CancellationToken cancellationToken)
    {
        var restaurant = await db.Restaurants.AsNoTracking().SingleOrDefaultAsync(r => r.Id == restaurantId, cancellationToken)
            ?? throw RestaurantErrors.NotFound(restaurantId);
        return (await WithMenusAsync(db, [restaurant], cancellationToken))[0];
    }

    /// <summary>The restaurant JSON of each of <paramref name="restaurants"/>, in the same order, menus read in one query.</summary>
    public static async Task<List<RestaurantResponse>> WithMenusAsync(
        RestaurantsDbContext db, IReadOnlyList<Restaurant> restaurants, CancellationToken cancellationToken)
    {
        var ids = restaurants.Select(r => r.Id).ToList();
        var items = await db.MenuItems.AsNoTracking()
            .Where(i => ids.Contains(i.RestaurantId))
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        var menus = items.ToLookup(i => i.RestaurantId);
        return [.. restaurants.Select(r => RestaurantResponse.From(r, menus[r.Id]))];
    }
}
