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
/// <c>POST /v1/orders/{orderId}/accept</c>: CREATED → ACCEPTED for the caller. Of racing accepts (and the
/// acceptance timeout) exactly one wins; the same runner accepting again gets 200 and changes nothing.
/// </summary>
internal static class AcceptOrderEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapPost("/{orderId:guid}/accept", HandleAsync)
            .WithName("AcceptOrder")
            .WithSummary("A runner takes an order open to runners (an errand CREATED, a menu order its restaurant ACCEPTED).")
            .Produces<ApiErrorResponse>(StatusCodes.Status403Forbidden)
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
                Accept(order ?? throw OrderErrors.NotFound(orderId), runnerId, now, updater, options.Value.DeliveryWindow);
                return Task.CompletedTask;
            },
            cancellationToken);
        return TypedResults.Ok(OrderResponse.From(order));
    }

    private static void Accept(Order order, Guid runnerId, DateTime now, OrderChangeTransaction updater, TimeSpan deliveryWindow)
    {
        if (order.CustomerId == runnerId)
        {
            throw ApiErrors.Forbidden(OrderErrors.CannotAcceptOwnOrder, "You cannot accept your own order.");
        }

        var transition = order.Accept(runnerId, now);
        if (transition == Transition.Applied)
        {
            updater.Outbox.Send(OrderMessages.Accepted(order, deliveryWindow), order.Id.ToString());
        }
        else if (transition == Transition.Rejected)
        {
            throw order.RunnerId is { } other && other != runnerId
                ? OrderErrors.Conflict(OrderErrors.AlreadyAccepted, "Another runner has already accepted this order.")
                : OrderErrors.Conflict(OrderErrors.NotAvailable, $"The order is {order.Status}, not open for acceptance.");
        }
    }
}
