using CampusG.Auth;
using CampusG.Orders.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

/// <summary><c>GET /v1/orders/{orderId}/issues</c>: the order's problem reports, oldest first, for whoever may read the order.</summary>
internal static class OrderIssuesEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapGet("/{orderId:guid}/issues", HandleAsync)
            .WithName("ListOrderIssues")
            .WithSummary("The problem reports of an order (its customer, runner or restaurant owner).")
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound);

    private static async Task<Ok<IssueList>> HandleAsync(Guid orderId, HttpContext http, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var userId = http.User.UserId();
        var visible = await db.Orders.AnyAsync(
            o => o.Id == orderId && (o.CustomerId == userId || o.RunnerId == userId || o.RestaurantOwnerId == userId), cancellationToken);
        if (!visible)
        {
            throw OrderErrors.NotFound(orderId);
        }

        var issues = await db.Issues.AsNoTracking().Where(i => i.OrderId == orderId)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id).ToListAsync(cancellationToken);
        return TypedResults.Ok(new IssueList([.. issues.Select(IssueResponse.From)]));
    }
}
