using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.Orders.ReadCache;
using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

internal sealed record OrderListResponse(IReadOnlyList<OrderResponse> Items, string? NextCursor);

/// <summary><c>GET /v1/orders?role=&amp;status=&amp;limit=&amp;cursor=</c>: the caller's orders, newest first, a page at a time.</summary>
internal static class ListOrdersEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapGet("", HandleAsync)
            .WithName("ListOrders")
            .WithSummary("The caller's orders as customer (default) or runner, newest first.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest);

    private static async Task<Ok<OrderListResponse>> HandleAsync(
        [FromQuery] string? role, [FromQuery] string? status, [FromQuery] string? limit, [FromQuery] string? cursor,
        HttpContext http, OrdersDbContext db, OrderReadCache cache, CancellationToken cancellationToken)
    {
        var query = OrderListQuery.Parse(role, status, limit, cursor);
        if (query is { AsRunner: false, Status: null, After: null }
            && await FirstPageFromCacheAsync(db, cache, http.User.UserId(), query.Limit, cancellationToken) is { } cached)
        {
            return TypedResults.Ok(cached);
        }

        var page = await Select(db, http.User.UserId(), query)
            .OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id)
            .Take(query.Limit + 1)
            .AsSplitQuery()
            .ToListAsync(cancellationToken);
        var next = page.Count > query.Limit ? new OrderCursor(page[query.Limit - 1].CreatedAt, page[query.Limit - 1].Id).Encode() : null;
        return TypedResults.Ok(new OrderListResponse([.. page.Take(query.Limit).Select(OrderResponse.From)], next));
    }

    /// <summary>A customer's first page from <c>last_orders</c> and the order snapshots; null when the list is too short to tell.</summary>
    private static async Task<OrderListResponse?> FirstPageFromCacheAsync(
        OrdersDbContext db, OrderReadCache cache, Guid customerId, int limit, CancellationToken cancellationToken)
    {
        var (ids, complete) = await cache.LastOrdersAsync(db, customerId, cancellationToken);
        if (ids.Count <= limit && !complete)
        {
            return null; // there may be more orders than the list holds: the database knows whether a next page exists
        }

        var items = await cache.GetManyAsync(db, [.. ids.Take(limit)], cancellationToken);
        if (items.Count < Math.Min(limit, ids.Count))
        {
            return null;
        }

        var next = ids.Count > limit ? new OrderCursor(items[^1].CreatedAt, items[^1].OrderId).Encode() : null;
        return new OrderListResponse(items, next);
    }

    private static IQueryable<Order> Select(OrdersDbContext db, Guid userId, OrderListQuery query)
    {
        var orders = db.WithTimeline().AsNoTracking();
        orders = query.AsRunner ? orders.Where(o => o.RunnerId == userId) : orders.Where(o => o.CustomerId == userId);
        if (query.Status is { } status)
        {
            orders = orders.Where(o => o.Status == status);
        }

        if (query.After is { } after)
        {
            orders = orders.Where(o => o.CreatedAt < after.CreatedAt || (o.CreatedAt == after.CreatedAt && o.Id.CompareTo(after.Id) < 0));
        }

        return orders;
    }
}
