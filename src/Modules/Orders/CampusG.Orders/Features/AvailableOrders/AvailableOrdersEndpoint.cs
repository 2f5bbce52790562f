using CampusG.Orders.Contracts;
using CampusG.Orders.Persistence;
using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

internal sealed record AvailableOrdersResponse(IReadOnlyList<OrderResponse> Items);

/// <summary>
/// <c>GET /v1/orders/available?limit=N</c>: orders of other customers waiting for a runner (errands CREATED, menu orders
/// their restaurant ACCEPTED, with the restaurant as the pickup), oldest first.
/// </summary>
internal static class AvailableOrdersEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapGet("/available", HandleAsync)
            .WithName("AvailableOrders")
            .WithSummary("Orders waiting for a runner (not the caller's own), oldest first.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest);

    private static async Task<Ok<AvailableOrdersResponse>> HandleAsync(
        [FromQuery] string? limit, HttpContext http, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var failures = new List<(string Field, string Detail)>();
        var size = OrderListQuery.ParseLimit(limit, failures);
        if (failures.Count > 0)
        {
            throw ApiErrors.Validation([.. failures]);
        }

        var userId = http.User.UserId();
        var page = await db.WithTimeline().AsNoTracking()
            .Where(o => ((o.Kind == OrderKinds.Errand && o.Status == OrderStatuses.Created) || (o.Kind == OrderKinds.Menu && o.Status == OrderStatuses.Accepted))
                && o.CustomerId != userId)
            .OrderBy(o => o.CreatedAt).ThenBy(o => o.Id)
            .Take(size)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new AvailableOrdersResponse([.. page.Select(OrderResponse.From)]));
    }
}
