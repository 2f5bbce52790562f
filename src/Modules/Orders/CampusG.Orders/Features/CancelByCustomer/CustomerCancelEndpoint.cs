using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Orders.Features;

/// <summary>
/// <c>POST /v1/orders/{orderId}/cancel</c>: its customer cancels an order nobody has taken (PENDING_PAYMENT, an errand
/// CREATED, a menu order PLACED);
/// <see cref="OrderCancelled"/> lets the sagas refund. Any other status, a cancelled order included, is 409 as docs/api.md says.
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
        Guid orderId, HttpContext http, OrderChangeTransaction updater, CancellationToken cancellationToken)
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

                if (!OrderLifecycle.IsCancellableByCustomer(order.Kind, order.Status) || order.Cancel(CancellationReasons.CustomerCancelled, now) != Transition.Applied)
                {
                    throw OrderErrors.Conflict(OrderErrors.NotCancellable, $"The order is {order.Status}; only an order nobody has taken (PENDING_PAYMENT, CREATED, PLACED) can be cancelled.");
                }

                updater.Outbox.Send(OrderMessages.Cancelled(order), order.Id.ToString());

                return Task.CompletedTask;
            },
            cancellationToken);
        return TypedResults.Ok(OrderResponse.From(order));
    }
}
