using CampusG.Restaurants.Domain;
using CampusG.Restaurants.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Restaurants.Features;

internal sealed record RestaurantListResponse(IReadOnlyList<RestaurantResponse> Items, string? NextCursor);

/// <summary><c>GET /v1/restaurants?q=&amp;limit=&amp;cursor=</c>: restaurants by name (any case), a page at a time, with their menus.</summary>
internal static class ListRestaurantsEndpoint
{
    public static void Map(RouteGroupBuilder restaurants) =>
        restaurants.MapGet("", HandleAsync)
            .WithName("ListRestaurants")
            .WithSummary("Restaurants ordered by name; q finds names containing it, in any case.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest);

    private static async Task<Ok<RestaurantListResponse>> HandleAsync(
        [FromQuery] string? q, [FromQuery] string? limit, [FromQuery] string? cursor, RestaurantsDbContext db, CancellationToken cancellationToken)
    {
        var query = RestaurantListQuery.Parse(q, limit, cursor);
        var page = await Select(db, query)
            .OrderBy(r => r.NameKey).ThenBy(r => r.Id)
            .Take(query.Limit + 1)
            .ToListAsync(cancellationToken);
        var next = page.Count > query.Limit ? new RestaurantCursor(page[query.Limit - 1].NameKey, page[query.Limit - 1].Id).Encode() : null;
        var items = await Menus.WithMenusAsync(db, [.. page.Take(query.Limit)], cancellationToken);
        return TypedResults.Ok(new RestaurantListResponse(items, next));
    }

    private static IQueryable<Restaurant> Select(RestaurantsDbContext db, RestaurantListQuery query)
    {
        var restaurants = db.Restaurants.AsNoTracking();
        if (query.Search is { } search)
        {
            restaurants = restaurants.Where(r => r.NameKey.Contains(search));
        }

        if (query.After is { } after)
        {
            restaurants = restaurants.Where(r =>
                r.NameKey.CompareTo(after.NameKey) > 0 || (r.NameKey == after.NameKey && r.Id.CompareTo(after.Id) > 0));
        }

        return restaurants;
    }
}
