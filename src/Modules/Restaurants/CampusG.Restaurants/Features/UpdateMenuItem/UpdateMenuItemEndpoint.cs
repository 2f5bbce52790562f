using CampusG.Restaurants.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Restaurants.Features;

/// <summary>
/// <c>PATCH /v1/restaurants/{restaurantId}/items/{itemId}</c>: the owner (or an admin) changes the fields sent. A
/// change publishes the item's next snapshot; sending the values it already has changes nothing.
/// </summary>
internal static class UpdateMenuItemEndpoint
{
    public static void Map(RouteGroupBuilder restaurants) =>
        restaurants.MapPatch("/{restaurantId:guid}/items/{itemId:guid}", HandleAsync)
            .WithName("UpdateMenuItem")
            .WithSummary("Changes a menu item: name, description, price, available.")
            .ProducesOwnerErrors();

    private static async Task<Ok<MenuItemResponse>> HandleAsync(
        Guid restaurantId, Guid itemId, UpdateMenuItemRequest request, HttpContext http, RestaurantChanges changes, CancellationToken cancellationToken)
    {
        var edit = Validate(request);
        var item = await changes.ChangeAsync(
            restaurantId,
            http.User,
            async (restaurant, now) =>
            {
                var item = await changes.Db.MenuItems.SingleOrDefaultAsync(i => i.Id == itemId && i.RestaurantId == restaurantId, cancellationToken)
                    ?? throw RestaurantErrors.NoItem(restaurantId, itemId);
                if (item.Apply(edit, now))
                {
                    changes.Outbox.Publish(item, restaurant.OwnerId);
                }

                return item;
            },
            cancellationToken);
        return TypedResults.Ok(MenuItemResponse.From(item));
    }

    private static MenuItemEdit Validate(UpdateMenuItemRequest request)
    {
        var checks = new FieldChecks();
        var name = checks.Changes("name", request.Has(nameof(request.Name)), request.Name)
            ? checks.Required("name", request.Name, FieldChecks.MaxName) : null;
        var description = checks.Optional("description", request.Description, FieldChecks.MaxDescription);
        var price = checks.Changes("price", request.Has(nameof(request.Price)), request.Price) ? checks.Price("price", request.Price) : null;
        checks.Changes("available", request.Has(nameof(request.Available)), request.Available);
        checks.NotHere("stock", request.SendsStock(), "is not changed here: stock changes through POST /v1/products/{itemId}/adjust.");
        checks.ThrowIfAny();
        return new MenuItemEdit(name, request.Has(nameof(request.Description)), description, price, request.Available);
    }
}
