using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace CampusG.Orders.Features;

internal sealed record RestaurantDecisionRequest(string? Action, DateTimeOffset? EstimatedReadyTime, string? Reason);

/// <param name="Status"><c>ACCEPTED</c> or <c>REJECTED</c>.</param>
internal sealed record RestaurantDecisionResponse(string Status, DateTime? AcceptedAt, DateTime? EstimatedReadyTime, DateTime? RejectedAt);

/// <summary>
/// <c>POST /v1/restaurants/{restaurantId}/orders/{orderId}</c> <c>{action: ACCEPT, estimatedReadyTime}</c> or
/// <c>{action: REJECT, reason?}</c>: the restaurant decides on a PLACED order. The decision is one guarded change, so
/// it and a customer's cancel or the decision timeout cannot both win.
/// </summary>
internal static class RestaurantDecisionEndpoint
{
    private static readonly TimeSpan LatestReadyTime = TimeSpan.FromHours(4);

    public static void Map(RouteGroupBuilder restaurants) =>
        restaurants.MapPost("/{restaurantId:guid}/orders/{orderId:guid}", HandleAsync)
            .WithName("RestaurantDecision")
            .WithSummary("The restaurant accepts a placed order with a ready time, or rejects it.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status403Forbidden)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);

    private static async Task<Ok<RestaurantDecisionResponse>> HandleAsync(
        Guid restaurantId, Guid orderId, RestaurantDecisionRequest request, HttpContext http, OrdersDbContext db, OrderChangeTransaction updater,
        TimeProvider time, IOptions<OrdersOptions> options, CancellationToken cancellationToken)
    {
        var accept = Validate(request, time.GetUtcNow());
        var restaurant = await RestaurantAccess.RequireOwnerAsync(db, restaurantId, http.User, cancellationToken);
        var order = await updater.ChangeAsync(
            orderId,
            (order, now) =>
            {
                Decide(RestaurantAccess.RequireOrderOf(order, restaurantId, orderId), restaurant, accept, request, now, options.Value.Windows, updater);
                return Task.CompletedTask;
            },
            cancellationToken);
        return TypedResults.Ok(accept
            ? new RestaurantDecisionResponse("ACCEPTED", ApiValues.Utc(order.UpdatedAt), ApiValues.Utc(order.EstimatedReadyTime), null)
            : new RestaurantDecisionResponse("REJECTED", null, null, ApiValues.Utc(order.UpdatedAt)));
    }

    /// <summary>True for ACCEPT; 400 for anything else than a well-formed ACCEPT or REJECT.</summary>
    private static bool Validate(RestaurantDecisionRequest request, DateTimeOffset now) => request.Action switch
    {
        "ACCEPT" when request.EstimatedReadyTime is { } ready && ready > now && ready <= now + LatestReadyTime => true,
        "ACCEPT" => throw ApiErrors.Validation(("estimatedReadyTime", "is required with ACCEPT: a time in the next 4 hours.")),
        "REJECT" when request.Reason is { Length: > 500 } => throw ApiErrors.Validation(("reason", "must be at most 500 characters.")),
        "REJECT" => false,
        _ => throw ApiErrors.Validation(("action", "must be ACCEPT or REJECT.")),
    };

    private static void Decide(
        Order order, RestaurantCopy restaurant, bool accept, RestaurantDecisionRequest request, DateTime now, OrderWindows windows, OrderChangeTransaction updater)
    {
        if (order.Status != OrderStatuses.Placed)
        {
            throw AlreadyDecided(order);
        }

        if (accept)
        {
            order.RestaurantAccept(request.EstimatedReadyTime!.Value.UtcDateTime, now, windows);
            updater.Outbox.Send(OrderMessages.RestaurantAccepted(order, restaurant), order.Id.ToString());
        }
        else
        {
            order.Cancel(CancellationReasons.RestaurantRejected, now);
            updater.Outbox.Send(OrderMessages.Cancelled(order), order.Id.ToString());
        }
    }

    private static ApiException AlreadyDecided(Order order) => order switch
    {
        { CancellationReason: CancellationReasons.RestaurantRejected } =>
            OrderErrors.Conflict(OrderErrors.RestaurantAlreadyRejected, "The restaurant has already rejected this order."),
        { Status: OrderStatuses.Accepted or OrderStatuses.RiderAssigned or OrderStatuses.PickedUp or OrderStatuses.Delivered or OrderStatuses.Completed } =>
            OrderErrors.Conflict(OrderErrors.RestaurantAlreadyAccepted, "The restaurant has already accepted this order."),
        _ => OrderErrors.Conflict(OrderErrors.NotAvailable, $"The order is {order.Status}; only a PLACED order waits for a decision."),
    };
}
