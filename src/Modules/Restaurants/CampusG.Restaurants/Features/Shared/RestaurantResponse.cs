using CampusG.Restaurants.Domain;

namespace CampusG.Restaurants.Features;

/// <summary>The restaurant JSON of docs/api.md, with its menu.</summary>
internal sealed record RestaurantResponse(
    Guid RestaurantId,
    Guid OwnerId,
    string Name,
    string? Description,
    string Location,
    string Status,
    double? Lat,
    double? Lng,
    DateTime CreatedAt,
    IReadOnlyList<MenuItemResponse> Items)
{
    public static RestaurantResponse From(Restaurant restaurant, IEnumerable<MenuItem> menu) => new(
        restaurant.Id,
        restaurant.OwnerId,
        restaurant.Name,
        restaurant.Description,
        restaurant.Location,
        restaurant.Status,
        restaurant.Lat,
        restaurant.Lng,
        ApiValues.Utc(restaurant.CreatedAt),
        [.. menu.Select(MenuItemResponse.From)]);
}

/// <summary>
/// The item JSON: <c>available</c> is the owner's flag and <c>availableCount</c> the stock left (null: not counted),
/// side by side; an item with a count of 0 stays <c>available: true</c> (placing an order decides what is orderable).
/// </summary>
internal sealed record MenuItemResponse(
    Guid ItemId, Guid RestaurantId, string Name, string? Description, decimal Price, bool Available, int? AvailableCount)
{
    public static MenuItemResponse From(MenuItem item) => new(
        item.Id, item.RestaurantId, item.Name, item.Description, ApiValues.Money(item.PriceMinor), item.Available, item.AvailableCount);
}

/// <summary>How stored values are spoken on the API and in messages.</summary>
internal static class ApiValues
{
    /// <summary>Minor units as a decimal with exactly two places (850 → 8.50), so JSON shows <c>8.50</c>.</summary>
    public static decimal Money(long minor) => minor * 0.01m;

    /// <summary>SQLite gives back unspecified kinds; every stored time is UTC, and JSON says so (<c>Z</c>).</summary>
    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public static DateTimeOffset Offset(DateTime value) => new(Utc(value));
}
