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
            .WithSummary("Places an errand or a menu order (optional Idempotency-Key header).")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict)
            .Produces<ApiErrorResponse>(StatusCodes.Status422UnprocessableEntity)
            .Produces<ApiErrorResponse>(StatusCodes.Status503ServiceUnavailable);

    private static async Task<Created<OrderResponse>> HandleAsync(
        CreateOrderRequest request, HttpContext http, OrderPlacement placement, MenuPricing menu, OrderBacklog backlog, CancellationToken cancellationToken)
    {
        var failures = request.IsMenuOrder ? MenuOrderValidation.Check(request) : CreateOrderValidation.Check(request);
        var key = IdempotencyKey.Read(http.Request.Headers, failures);
        if (failures.Count > 0)
        {
            throw ApiErrors.Validation([.. failures]);
        }

        using var admission = await backlog.AdmitAsync(cancellationToken);
        IOrderDraft draft = request.IsMenuOrder ? await PriceAsync(request, menu, cancellationToken) : CreateOrderValidation.ToNewOrder(request);
        var placed = await placement.PlaceAsync(http.User.UserId(), draft, key, cancellationToken);
        if (placed.Replayed)
        {
            http.Response.Headers[IdempotencyKey.ReplayedHeader] = "true";
        }
        else
        {
            admission.Placed();
        }

        return TypedResults.Created($"/v1/orders/{placed.Order.Id}", OrderResponse.From(placed.Order));
    }

    private static async Task<PricedMenuOrder> PriceAsync(CreateOrderRequest request, MenuPricing menu, CancellationToken cancellationToken)
    {
        MenuOrderValidation.ThrowIfInvalidAddress(request.DeliveryAddress);
        return await menu.PriceAsync(request, cancellationToken);
    }
}
