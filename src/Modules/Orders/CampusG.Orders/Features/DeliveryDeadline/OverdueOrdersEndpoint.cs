using CampusG.Auth;
using CampusG.Orders.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

/// <summary>
/// <c>GET /v1/admin/orders/overdue</c>: errands whose delivery deadline passed after PURCHASED (<c>overdue: true</c>),
/// the latest flagged first, at most <see cref="MaxItems"/>; delivered ones stay in the list with their status.
/// </summary>
internal static class OverdueOrdersEndpoint
{
    public const int MaxItems = 200;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/v1/admin/orders/overdue", HandleAsync)
            .RequireAuthorization(CampusGClaims.AdminPolicy)
            .WithTags("Operations")
            .WithName("ListOverdueOrders")
            .WithSummary("Errands flagged overdue (delivery deadline passed after PURCHASED), latest first (operators only).")
            .Produces<ApiErrorResponse>(StatusCodes.Status403Forbidden);

    private static async Task<Ok<OverdueOrderList>> HandleAsync(OrdersDbContext db, CancellationToken cancellationToken)
    {
        var orders = await db.WithTimeline()
            .AsNoTracking()
            .Where(o => o.OverdueSince != null)
            .OrderByDescending(o => o.OverdueSince)
            .ThenByDescending(o => o.Id)
            .Take(MaxItems)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new OverdueOrderList([.. orders.Select(OrderResponse.From)]));
    }
}

internal sealed record OverdueOrderList(IReadOnlyList<OrderResponse> Items);
