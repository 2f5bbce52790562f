using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

/// <summary><c>GET /v1/restaurants/{restaurantId}/orders?status=&amp;limit=&amp;cursor=</c>: the restaurant's queue, newest first, for its owner.</summary>
internal static class RestaurantOrdersEndpoint
{
    public static void Map(RouteGroupBuilder restaurants) =>
        restaurants.MapGet("/{restaurantId:guid}/orders", HandleAsync)
            .WithName("RestaurantOrders")
            .WithSummary("The restaurant's orders, newest first (its owner only).")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status403Forbidden)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound);

    private static async Task<Ok<OrderListResponse>> HandleAsync(
        Guid restaurantId, [FromQuery] string? status, [FromQuery] string? limit, [FromQuery] string? cursor,
        HttpContext http, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var query = OrderListQuery.Parse(role: null, status, limit, cursor);
        await RestaurantAccess.RequireOwnerAsync(db, restaurantId, http.User, cancellationToken);
        var orders = db.WithTimeline().AsNoTracking().Where(o => o.RestaurantId == restaurantId);
        if (query.Status is { } wanted)
        {
            orders = orders.Where(o => o.Status == wanted);
        }

        if (query.After is { } after)
        {
            orders = orders.Where(o => o.CreatedAt < after.CreatedAt || (o.CreatedAt == after.CreatedAt && o.Id.CompareTo(after.Id) < 0));
        }

        var page = await orders.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id).Take(query.Limit + 1).ToListAsync(cancellationToken);
        var next = page.Count > query.Limit ? new OrderCursor(page[query.Limit - 1].CreatedAt, page[query.Limit - 1].Id).Encode() : null;
        return TypedResults.Ok(new OrderListResponse([.. page.Take(query.Limit).Select(OrderResponse.From)], next));
    }
}
