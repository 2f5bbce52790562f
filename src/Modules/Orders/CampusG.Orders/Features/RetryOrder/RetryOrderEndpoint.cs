using CampusG.Orders.Contracts;
using CampusG.Orders.Persistence;
using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

/// <summary>
/// <c>POST /v1/orders/{orderId}/retry</c>: its customer places a new order with a cancelled order's details, once: the
/// placement carries the idempotency key <c>retry:{orderId}</c>, so a repeated or concurrent retry (a double tap, a
/// client retrying after a timeout) answers with the same new order instead of placing and charging another.
/// </summary>
internal static class RetryOrderEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapPost("/{orderId:guid}/retry", HandleAsync)
            .WithName("RetryOrder")
            .WithSummary("Places a new order with the same details as a cancelled one.")
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);

    private static async Task<Created<OrderResponse>> HandleAsync(
        Guid orderId, HttpContext http, OrdersDbContext db, OrderPlacement placement, CancellationToken cancellationToken)
    {
        var customerId = http.User.UserId();
        var original = await db.Orders.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == orderId && o.CustomerId == customerId, cancellationToken)
            ?? throw OrderErrors.NotFound(orderId);
        if (original.Status != OrderStatuses.Cancelled)
        {
            throw ApiErrors.Conflict(OrderErrors.NotRetryable, $"The order is {original.Status}; only a CANCELLED order can be retried.");
        }

        var request = new NewOrder(original.Description, original.FoodFeeMinor, original.DeliveryFeeMinor, original.DeliveryLocation);
        var placed = await placement.PlaceAsync(customerId, request, $"retry:{orderId}", cancellationToken);
        if (placed.Replayed)
        {
            http.Response.Headers[IdempotencyKey.ReplayedHeader] = "true";
        }

        return TypedResults.Created($"/v1/orders/{placed.Order.Id}", OrderResponse.From(placed.Order));
    }
}
