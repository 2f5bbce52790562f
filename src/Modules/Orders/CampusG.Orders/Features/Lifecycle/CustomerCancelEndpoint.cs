using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.ServiceDefaults.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Orders.Features;

/// <summary>
/// <c>POST /v1/orders/{orderId}/cancel</c>: its customer cancels an order nobody has taken (PENDING_PAYMENT or CREATED);
/// <see cref="OrderCancelled"/> lets the sagas refund. Cancelling an order already cancelled by its customer is 200.
/// </summary>
internal static class CustomerCancelEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapPost("/{orderId:guid}/cancel", HandleAsync)
            .WithName("CancelOrder")
            .WithSummary("The customer cancels an order nobody has accepted.")
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);

    private static async Task<Ok<OrderResponse>> HandleAsync(
        Guid orderId, HttpContext http, OrderUpdater updater, CancellationToken cancellationToken)
    {
        var customerId = http.User.UserId();
        var order = await updater.ChangeAsync(
            orderId,
            (order, now) =>
            {
                if (order is null || order.CustomerId != customerId)
                {
                    throw OrderErrors.NotFound(orderId);
                }

                var repeated = order.CancellationReason == CancellationReasons.CustomerCancelled;
                var transition = repeated ? Transition.AlreadyApplied : order.Cancel(CancellationReasons.CustomerCancelled, now);
                if (transition != Transition.Applied && !repeated)
                {
                    throw OrderErrors.Conflict(OrderErrors.NotCancellable, $"The order is {order.Status}; only PENDING_PAYMENT or CREATED orders can be cancelled.");
                }

                if (transition == Transition.Applied)
                {
                    updater.Outbox.Send(OrderMessages.Cancelled(order), order.Id.ToString());
                }

                return Task.CompletedTask;
            },
            cancellationToken);
        return TypedResults.Ok(OrderResponse.From(order));
    }
}
