using CampusG.Messaging.Outbox;
using CampusG.Restaurants.Contracts;
using CampusG.Restaurants.Domain;
using CampusG.Restaurants.Persistence;

namespace CampusG.Restaurants.Features;

/// <summary>
/// The full snapshots every create and change publishes, in the change's own transaction; the correlation id is
/// the restaurant id for both, so a restaurant's snapshots and its items' keep their order.
/// </summary>
internal static class Snapshots
{
    public static void Publish(this MessageOutbox<RestaurantsDbContext> outbox, Restaurant restaurant) =>
        outbox.Send(
            new RestaurantChanged(
                restaurant.Id, restaurant.OwnerId, restaurant.Name, restaurant.Location, restaurant.Status, restaurant.Lat, restaurant.Lng,
                restaurant.Version, ApiValues.Offset(restaurant.UpdatedAt)),
            restaurant.Id.ToString());

    /// <summary>The item's snapshot; the stock given at creation travels with version 1 only (Inventory counts from there).</summary>
    public static void Publish(this MessageOutbox<RestaurantsDbContext> outbox, MenuItem item, Guid ownerId) =>
        outbox.Send(
            new MenuItemChanged(
                item.Id, item.RestaurantId, ownerId, item.Name, ApiValues.Money(item.PriceMinor), item.Available,
                item.Version == 1 ? item.InitialStock : null, item.Version, ApiValues.Offset(item.UpdatedAt)),
            item.RestaurantId.ToString());
}
