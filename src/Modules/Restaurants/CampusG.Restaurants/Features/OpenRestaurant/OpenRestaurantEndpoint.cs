using CampusG.Auth;
using CampusG.Restaurants.Domain;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Restaurants.Features;

/// <summary>The body of <c>POST /v1/restaurants</c>; every field nullable so a missing one is a validation entry, not a binding error.</summary>
internal sealed record OpenRestaurantRequest(string? Name, string? Description, string? Location, double? Lat, double? Lng);

/// <summary><c>POST /v1/restaurants</c>: the caller opens a restaurant (OPEN, no items) and owns it.</summary>
internal static class OpenRestaurantEndpoint
{
    public static void Map(RouteGroupBuilder restaurants) =>
        restaurants.MapPost("", HandleAsync)
            .WithName("OpenRestaurant")
            .WithSummary("Opens a restaurant owned by the caller.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest);

    private static async Task<Created<RestaurantResponse>> HandleAsync(
        OpenRestaurantRequest request, HttpContext http, RestaurantChanges changes, CancellationToken cancellationToken)
    {
        var restaurant = await changes.OpenAsync(http.User.UserId(), Validate(request), cancellationToken);
        return TypedResults.Created($"/v1/restaurants/{restaurant.Id}", RestaurantResponse.From(restaurant, []));
    }

    private static RestaurantDetails Validate(OpenRestaurantRequest request)
    {
        var checks = new FieldChecks();
        var name = checks.Required("name", request.Name, FieldChecks.MaxName);
        var description = checks.Optional("description", request.Description, FieldChecks.MaxDescription);
        var location = checks.Required("location", request.Location, FieldChecks.MaxLocation);
        checks.Position(request.Lat, request.Lng);
        checks.ThrowIfAny();
        return new RestaurantDetails(name!, description, location!, request.Lat, request.Lng);
    }
}
