using CampusG.ServiceDefaults.Errors;

namespace CampusG.Restaurants.Features;

/// <summary>The Restaurants module's error codes (docs/api.md, "Restaurants and menus").</summary>
internal static class RestaurantErrors
{
    public const string RestaurantNotFound = "RESTAURANT_NOT_FOUND";
    public const string NotOwner = "NOT_RESTAURANT_OWNER";
    public const string ItemNotFound = "ITEM_NOT_FOUND";

    public static ApiException NotFound(Guid restaurantId) =>
        ApiErrors.NotFound(RestaurantNotFound, $"No restaurant {restaurantId} exists.");

    public static ApiException NotYours(Guid restaurantId) =>
        ApiErrors.Forbidden(NotOwner, $"Only the owner of restaurant {restaurantId} may change it.");

    public static ApiException NoItem(Guid restaurantId, Guid itemId) =>
        ApiErrors.NotFound(ItemNotFound, $"Restaurant {restaurantId} has no menu item {itemId}.");
}
