using CampusG.Orders.Persistence;
using CampusG.Orders.ReadCache;
using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Orders.Features;

/// <summary><c>GET /v1/orders/{orderId}</c>: for its customer or runner only, from the read cache when it has the order.</summary>
internal static class GetOrderEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapGet("/{orderId:guid}", HandleAsync)
            .WithName("GetOrder")
            .WithSummary("One of the caller's orders, with its timeline.")
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound);

    private static async Task<Ok<OrderResponse>> HandleAsync(
        Guid orderId, HttpContext http, OrdersDbContext db, OrderReadCache cache, CancellationToken cancellationToken)
    {
        var order = await cache.FindVisibleAsync(db, orderId, http.User.UserId(), cancellationToken) ?? throw OrderErrors.NotFound(orderId);
        return TypedResults.Ok(order);
    }
}
