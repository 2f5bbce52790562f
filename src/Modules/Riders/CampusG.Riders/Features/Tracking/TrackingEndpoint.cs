using System.Security.Claims;
using CampusG.Auth;
using CampusG.Riders.Domain;
using CampusG.Riders.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampusG.Riders.Features;

internal sealed record RiderLocationJson(double Lat, double Lng, DateTime At);

internal sealed record TrackingPickupJson(Guid RestaurantId, string? Name, string? Location, double? Lat, double? Lng);

internal sealed record TrackingResponse(
    string Status, RiderLocationJson? RiderLocation, DateTime? Eta, Guid? RiderId, TrackingPickupJson? Pickup, string? DropOff);

/// <summary>
/// <c>GET /v1/orders/{orderId}/tracking</c>: where the order is, for its customer, runner and restaurant owner (anyone
/// else: 404). The rider's position is shown only while the order is on its way to the customer (PICKED_UP, ON_THE_WAY);
/// the ETA is recomputed on each read from the rider's distance when the points are known.
/// </summary>
internal static class TrackingEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/v1/orders/{orderId:guid}/tracking", HandleAsync)
            .RequireAuthorization()
            .WithTags("Riders")
            .WithName("TrackOrder")
            .WithSummary("The order's status, the rider's live position while on the way, and the ETA.")
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound);

    private static async Task<Ok<TrackingResponse>> HandleAsync(
        Guid orderId, ClaimsPrincipal user, RidersDbContext db, TimeProvider time, IOptions<RidersOptions> options, CancellationToken cancellationToken)
    {
        var delivery = await db.Deliveries.AsNoTracking().SingleOrDefaultAsync(d => d.OrderId == orderId, cancellationToken);
        if (delivery is null || !delivery.IsParty(user.UserId()))
        {
            throw ApiErrors.NotFound("ORDER_NOT_FOUND", $"Order {orderId} was not found.");
        }

        var rider = delivery.RunnerId is { } runnerId
            ? await db.Riders.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == runnerId, cancellationToken)
            : null;
        var now = time.GetUtcNow().UtcDateTime;
        var location = delivery.OnItsWay && rider?.Position is { } p ? new RiderLocationJson(p.Lat, p.Lng, p.At) : null;
        var eta = EtaEstimate.Of(delivery, rider?.DispatchPoint(now, options.Value.OnlineTimeout), now, options.Value.SpeedMetersPerSecond);
        var pickup = delivery.RestaurantId is { } restaurantId
            ? new TrackingPickupJson(restaurantId, delivery.PickupName, delivery.PickupAddress, delivery.PickupLat, delivery.PickupLng)
            : null;
        return TypedResults.Ok(new TrackingResponse(delivery.Status, location, eta, delivery.RunnerId, pickup, delivery.DropOff));
    }
}
