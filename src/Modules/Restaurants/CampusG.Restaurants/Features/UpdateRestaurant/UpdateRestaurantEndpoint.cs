using CampusG.Restaurants.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Restaurants.Features;

/// <summary>
/// <c>PATCH /v1/restaurants/{restaurantId}</c>: the owner (or an admin) changes the fields sent. A change publishes a
/// new snapshot; sending the values it already has changes nothing and publishes nothing.
/// </summary>
internal static class UpdateRestaurantEndpoint
{
    public static void Map(RouteGroupBuilder restaurants) =>
        restaurants.MapPatch("/{restaurantId:guid}", HandleAsync)
            .WithName("UpdateRestaurant")
            .WithSummary("Changes a restaurant: name, description, location, status (OPEN or CLOSED), position.")
            .ProducesOwnerErrors();

    private static async Task<Ok<RestaurantResponse>> HandleAsync(
        Guid restaurantId, UpdateRestaurantRequest request, HttpContext http, RestaurantChanges changes, CancellationToken cancellationToken)
    {
        var edit = Validate(request);
        await changes.ChangeAsync(
            restaurantId,
            http.User,
            (restaurant, now) =>
            {
                if (restaurant.Apply(edit, now))
                {
                    changes.Outbox.Publish(restaurant);
                }

                return Task.FromResult(restaurant);
            },
            cancellationToken);
        return TypedResults.Ok(await Menus.ReadAsync(changes.Db, restaurantId, cancellationToken));
    }

    private static RestaurantEdit Validate(UpdateRestaurantRequest request)
    {
        var checks = new FieldChecks();
        var name = checks.Changes("name", request.Has(nameof(request.Name)), request.Name)
            ? checks.Required("name", request.Name, FieldChecks.MaxName) : null;
        var description = checks.Optional("description", request.Description, FieldChecks.MaxDescription);
        var location = checks.Changes("location", request.Has(nameof(request.Location)), request.Location)
            ? checks.Required("location", request.Location, FieldChecks.MaxLocation) : null;
        if (checks.Changes("status", request.Has(nameof(request.Status)), request.Status))
        {
            checks.Status("status", request.Status);
        }

        var setsPosition = request.Has(nameof(request.Lat)) || request.Has(nameof(request.Lng));
        if (setsPosition)
        {
            checks.Position(request.Lat, request.Lng);
        }

        checks.ThrowIfAny();
        return new RestaurantEdit(
            name, location, request.Status, request.Has(nameof(request.Description)), description, setsPosition, request.Lat, request.Lng);
    }
}
