using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CampusG.Orders.Features;

/// <summary>
/// <c>POST /v1/orders/{orderId}/acceptance/cancel</c>: its runner gives an ACCEPTED order back; it is CREATED
/// again with a fresh acceptance window. Anyone but the bound runner (the customer included) gets 404.
/// </summary>
internal static class CancelAcceptanceEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapPost("/{orderId:guid}/acceptance/cancel", HandleAsync)
            .WithName("CancelAcceptance")
            .WithSummary("The runner gives the order back to the pool.")
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);

    private static async Task<Ok<OrderResponse>> HandleAsync(
        Guid orderId, HttpContext http, OrderChangeTransaction updater, IOptions<OrdersOptions> options, CancellationToken cancellationToken)
    {
        var runnerId = http.User.UserId();
        var order = await updater.ChangeAsync(
            orderId,
            (order, now) =>
            {
                if (order is null || order.RunnerId != runnerId)
                {
                    throw OrderErrors.NotFound(orderId);
                }

                if (order.CancelAcceptance(runnerId, now, options.Value.Windows) == Transition.Rejected)
                {
                    throw OrderErrors.InvalidTransition(order.Status, OrderStatuses.Created);
                }

                updater.Outbox.Send(
                    new OrderAcceptanceCancelled(
                        order.Id, order.CustomerId, runnerId, ApiValues.Offset(order.AcceptanceExpiresAt!.Value),
                        order.AcceptanceRound, ApiValues.Offset(order.UpdatedAt)),
                    order.Id.ToString());
                return Task.CompletedTask;
            },
            cancellationToken);
        return TypedResults.Ok(OrderResponse.From(order));
    }
}
