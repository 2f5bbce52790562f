using CampusG.Restaurants.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Restaurants.Features;

/// <summary>
/// The body of <c>POST /v1/restaurants/{restaurantId}/items</c>; <c>stock</c> left out: not counted (read as a long, so a
/// whole number past 100000 is a validation entry rather than unreadable JSON).
/// </summary>
internal sealed record AddMenuItemRequest(string? Name, string? Description, decimal? Price, long? Stock);

/// <summary>
/// <c>POST /v1/restaurants/{restaurantId}/items</c>: the owner (or an admin) adds an item, available, with its first
/// snapshot, which carries the stock given (Inventory counts from there).
/// </summary>
internal static class AddMenuItemEndpoint
{
    public static void Map(RouteGroupBuilder restaurants) =>
        restaurants.MapPost("/{restaurantId:guid}/items", HandleAsync)
            .WithName("AddMenuItem")
            .WithSummary("Adds an item to a restaurant's menu.")
            .ProducesOwnerErrors();

    private static async Task<Created<MenuItemResponse>> HandleAsync(
        Guid restaurantId, AddMenuItemRequest request, HttpContext http, RestaurantChanges changes, CancellationToken cancellationToken)
    {
        var (name, description, priceMinor, stock) = Validate(request);
        var item = await changes.ChangeAsync(
            restaurantId,
            http.User,
            (restaurant, now) =>
            {
                var item = MenuItem.Add(restaurant.Id, name, description, priceMinor, stock, now);
                changes.Db.MenuItems.Add(item);
                changes.Outbox.Publish(item, restaurant.OwnerId);
                return Task.FromResult(item);
            },
            cancellationToken);
        return TypedResults.Created($"/v1/restaurants/{restaurantId}/items/{item.Id}", MenuItemResponse.From(item));
    }

    private static (string Name, string? Description, long PriceMinor, int? Stock) Validate(AddMenuItemRequest request)
    {
        var checks = new FieldChecks();
        var name = checks.Required("name", request.Name, FieldChecks.MaxName);
        var description = checks.Optional("description", request.Description, FieldChecks.MaxDescription);
        var price = checks.Price("price", request.Price);
        var stock = checks.Stock("stock", request.Stock);
        checks.ThrowIfAny();
        return (name!, description, price!.Value, stock);
    }
}
