using System.Security.Claims;
using CampusG.Auth;
using CampusG.Messaging.Outbox;
using CampusG.Orders.Contracts;
using CampusG.Persistence;
using CampusG.Riders.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampusG.Riders.Features;

internal sealed record LocationRequest(double? Lat, double? Lng, double? AccuracyM);

/// <summary>
/// <c>PUT /v1/riders/me/location</c> → 204: the rider's live position, one point overwritten by each update (no history),
/// for a rider who is online or has an active delivery (else <c>409 RIDER_OFFLINE</c>). The point is written in one
/// statement, so many updates at once never conflict; when it moves the ETA of the order the rider is heading to the
/// restaurant for by a minute or more, <c>rider.etaChanged</c> goes out with it.
/// </summary>
internal static class LocationEndpoint
{
    public const string RiderOffline = "RIDER_OFFLINE";

    public static void Map(RouteGroupBuilder riders) =>
        riders.MapPut("/me/location", HandleAsync)
            .WithName("UpdateLocation")
            .WithSummary("The rider's live position while online or delivering.")
            .Produces(StatusCodes.Status204NoContent)
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);

    private static async Task<NoContent> HandleAsync(
        LocationRequest? request, ClaimsPrincipal user, RidersDbContext db, WriteGate<RidersDbContext> writes, MessageOutbox<RidersDbContext> outbox,
        DeliveryBook book, TimeProvider time, IOptions<RidersOptions> options, CancellationToken cancellationToken)
    {
        var (lat, lng) = Validate(request);
        var riderId = user.UserId();
        using var turn = await writes.EnterAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var rider = await db.Riders.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == riderId, cancellationToken);
        var deliveries = await db.Deliveries
            .Where(d => d.RunnerId == riderId && d.EndedAt == null)
            .ToListAsync(cancellationToken);
        if (rider is null || !(rider.IsOnline(now, options.Value.OnlineTimeout) || deliveries.Count > 0))
        {
            throw ApiErrors.Conflict(RiderOffline, "Go online first: the position is shared only while you are online or delivering.");
        }

        await db.Riders.Where(r => r.UserId == riderId).ExecuteUpdateAsync(
            set => set.SetProperty(r => r.PositionLat, lat).SetProperty(r => r.PositionLng, lng).SetProperty(r => r.PositionAt, now)
                .SetProperty(r => r.LastSeenAt, now),
            cancellationToken);
        await PublishEtaAsync(db, outbox, book, deliveries, (lat, lng), now, cancellationToken);
        return TypedResults.NoContent();
    }

    private static async Task PublishEtaAsync(
        RidersDbContext db, MessageOutbox<RidersDbContext> outbox, DeliveryBook book, List<Domain.Delivery> deliveries, (double, double) point,
        DateTime now, CancellationToken cancellationToken)
    {
        foreach (var delivery in deliveries.Where(d => d.Status == OrderStatuses.RiderAssigned))
        {
            if (book.EtaChange(delivery, point, now) is { } change)
            {
                outbox.Send(change, delivery.OrderId.ToString());
            }
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another update of the same delivery won; the position is saved and the next update estimates again.
        }
    }

    private static (double Lat, double Lng) Validate(LocationRequest? request)
    {
        var errors = new List<(string, string)>();
        if (request?.Lat is null || request.Lng is null)
        {
            errors.Add((request?.Lat is null ? "lat" : "lng", "lat and lng are required."));
        }

        errors.AddRange(Coordinates.Errors(request?.Lat, request?.Lng));
        if (request?.AccuracyM is { } accuracy && (double.IsNaN(accuracy) || accuracy < 0 || accuracy > 100_000))
        {
            errors.Add(("accuracyM", "must be between 0 and 100000."));
        }

        return errors.Count > 0 ? throw ApiErrors.Validation([.. errors]) : (request!.Lat!.Value, request.Lng!.Value);
    }
}
