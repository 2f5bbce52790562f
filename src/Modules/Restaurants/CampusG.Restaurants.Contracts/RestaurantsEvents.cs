using CampusG.Messaging;

namespace CampusG.Restaurants.Contracts;

/// <summary>
/// A restaurant as it is now, published on every change (a snapshot, not a diff). Modules that need restaurants
/// (Orders: owner, name, open or closed) keep a copy; <paramref name="Version"/> grows with every change, so a copy
/// applies only a newer snapshot. The correlation id is the restaurant id.
/// </summary>
/// <param name="Status"><see cref="RestaurantStatuses"/>.</param>
[Message("restaurant.changed")]
public sealed record RestaurantChanged(
    Guid RestaurantId, Guid OwnerId, string Name, string Location, string Status, double? Lat, double? Lng, long Version, DateTimeOffset At);

/// <summary>
/// A menu item as it is now, published on every change. <paramref name="InitialStock"/> is the stock the owner
/// set when creating it (null: not counted) and is sent with version 1 only; later stock changes are Inventory's
/// (<c>POST /v1/products/{itemId}/adjust</c>). The correlation id is the restaurant id.
/// </summary>
[Message("menuItem.changed")]
public sealed record MenuItemChanged(
    Guid ItemId, Guid RestaurantId, Guid OwnerId, string Name, decimal Price, bool Available, int? InitialStock, long Version, DateTimeOffset At);

public static class RestaurantStatuses
{
    public const string Open = "OPEN";
    public const string Closed = "CLOSED";
}
