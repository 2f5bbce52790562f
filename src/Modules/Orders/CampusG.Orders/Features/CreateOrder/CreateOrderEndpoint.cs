using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Orders.Features;

/// <summary><c>POST /v1/orders</c>: a new order in PENDING_PAYMENT; the Create Order saga takes it from there.</summary>
internal static class CreateOrderEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapPost("", HandleAsync)
            .WithName("CreateOrder")
            .WithSummary("Places an order (optional Idempotency-Key header).")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status422UnprocessableEntity);

    private static async Task<Created<OrderResponse>> HandleAsync(
        CreateOrderRequest request, HttpContext http, OrderPlacement placement, CancellationToken cancellationToken)
    {
        var failures = CreateOrderValidation.Check(request);
        var key = IdempotencyKey.Read(http.Request.Headers, failures);
        if (failures.Count > 0)
        {
            throw ApiErrors.Validation([.. failures]);
        }

        var placed = await placement.PlaceAsync(http.User.UserId(), CreateOrderValidation.ToNewOrder(request), key, cancellationToken);
        if (placed.Replayed)
        {
            http.Response.Headers[IdempotencyKey.ReplayedHeader] = "true";
        }

        return TypedResults.Created($"/v1/orders/{placed.Order.Id}", OrderResponse.From(placed.Order));
    }
}
