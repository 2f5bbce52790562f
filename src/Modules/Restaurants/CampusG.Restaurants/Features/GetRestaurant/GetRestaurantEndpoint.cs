using CampusG.Restaurants.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Restaurants.Features;

/// <summary><c>GET /v1/restaurants/{restaurantId}</c>: any signed-in user reads a restaurant with its whole menu.</summary>
internal static class GetRestaurantEndpoint
{
    public static void Map(RouteGroupBuilder restaurants) =>
        restaurants.MapGet("/{restaurantId:guid}", HandleAsync)
            .WithName("GetRestaurant")
            .WithSummary("A restaurant with its menu.")
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound);

    private static async Task<Ok<RestaurantResponse>> HandleAsync(Guid restaurantId, RestaurantsDbContext db, CancellationToken cancellationToken) =>
        TypedResults.Ok(await Menus.ReadAsync(db, restaurantId, cancellationToken));
}
