using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CampusG.Orders.Features;

internal sealed record ReadyResponse(DateTime ReadyAt);

/// <summary><c>POST /v1/restaurants/{restaurantId}/orders/{orderId}/ready</c>: the kitchen is done (once; a repeat answers the same time).</summary>
internal static class MarkReadyEndpoint
{
    public static void Map(RouteGroupBuilder restaurants) =>
        restaurants.MapPost("/{restaurantId:guid}/orders/{orderId:guid}/ready", HandleAsync)
            .WithName("MarkOrderReady")
            .WithSummary("The restaurant says an accepted order is ready to be picked up.")
            .Produces<ApiErrorResponse>(StatusCodes.Status403Forbidden)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);

    private static async Task<Ok<ReadyResponse>> HandleAsync(
        Guid restaurantId, Guid orderId, HttpContext http, OrdersDbContext db, OrderChangeTransaction updater, CancellationToken cancellationToken)
    {
        await RestaurantAccess.RequireOwnerAsync(db, restaurantId, http.User, cancellationToken);
        var order = await updater.ChangeAsync(
            orderId,
            (order, now) =>
            {
                var own = RestaurantAccess.RequireOrderOf(order, restaurantId, orderId);
                var transition = own.MarkReady(now);
                if (transition == Transition.Rejected)
                {
                    throw OrderErrors.Conflict(OrderErrors.NotAvailable, $"The order is {own.Status}; only an accepted order not yet picked up can be ready.");
                }

                if (transition == Transition.Applied)
                {
                    updater.Outbox.Send(OrderMessages.Ready(own), own.Id.ToString());
                }

                return Task.CompletedTask;
            },
            cancellationToken);
        return TypedResults.Ok(new ReadyResponse(ApiValues.Utc(order.ReadyAt!.Value)));
    }
}
