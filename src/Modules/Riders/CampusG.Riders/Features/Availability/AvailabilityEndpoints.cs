using System.Security.Claims;
using CampusG.Auth;
using CampusG.Messaging.Outbox;
using CampusG.Persistence;
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

internal sealed record AvailabilityRequest(bool? Online, string? Location, double? Lat, double? Lng);

internal sealed record AvailabilityResponse(bool Online, string? Location, double? Lat, double? Lng, DateTime? Since);

/// <summary>
/// <c>GET</c> and <c>PUT /v1/riders/me/availability</c>: whether the caller takes deliveries now, and where they wait.
/// Going online offers them the longest-waiting menu order at once. Being online lapses after
/// <c>Riders:OnlineTimeout</c> without an update, and then reads <c>online: false</c>.
/// </summary>
internal static class AvailabilityEndpoints
{
    private const int Attempts = 5;

    public static void Map(RouteGroupBuilder riders)
    {
        riders.MapGet("/me/availability", GetAsync)
            .WithName("GetAvailability")
            .WithSummary("The caller's rider availability.");
        riders.MapPut("/me/availability", PutAsync)
            .WithName("SetAvailability")
            .WithSummary("Go online (optionally saying where you wait) or offline.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest);
    }

    private static async Task<Ok<AvailabilityResponse>> GetAsync(
        ClaimsPrincipal user, RidersDbContext db, TimeProvider time, IOptions<RidersOptions> options, CancellationToken cancellationToken)
    {
        var rider = await db.Riders.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == user.UserId(), cancellationToken);
        return TypedResults.Ok(Response(rider, time.GetUtcNow().UtcDateTime, options.Value));
    }

    private static async Task<Ok<AvailabilityResponse>> PutAsync(
        AvailabilityRequest? request, ClaimsPrincipal user, RidersDbContext db, WriteGate<RidersDbContext> writes, MessageOutbox<RidersDbContext> outbox,
        DeliveryBook book, Dispatcher dispatcher, TimeProvider time, IOptions<RidersOptions> options, CancellationToken cancellationToken)
    {
        var (online, location, point) = Validate(request);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                using var turn = await writes.EnterAsync(cancellationToken);
                var now = time.GetUtcNow().UtcDateTime;
                var rider = await book.RiderAsync(user.UserId(), now, cancellationToken);
                rider.SetAvailability(online, location, point, now, options.Value.OnlineTimeout);
                if (online && await dispatcher.OfferWaitingToAsync(rider, now, cancellationToken) is { } offer)
                {
                    outbox.Send(offer, offer.OrderId.ToString());
                }

                await db.SaveChangesAsync(cancellationToken);
                return TypedResults.Ok(Response(rider, now, options.Value));
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // A racing offer or a first availability of the same rider: try again on fresh rows.
                db.ChangeTracker.Clear();
            }
        }
    }

    private static AvailabilityResponse Response(Rider? rider, DateTime now, RidersOptions options) => rider is null
        ? new AvailabilityResponse(false, null, null, null, null)
        : new AvailabilityResponse(
            rider.IsOnline(now, options.OnlineTimeout), rider.Location, rider.Lat, rider.Lng,
            rider.Online && !rider.IsOnline(now, options.OnlineTimeout) ? rider.LastSeenAt + options.OnlineTimeout : rider.Since);

    private static (bool Online, string? Location, (double, double)? Point) Validate(AvailabilityRequest? request)
    {
        var errors = new List<(string, string)>();
        if (request?.Online is null)
        {
            errors.Add(("online", "is required: true or false."));
        }

        if (request?.Location is { } location && (string.IsNullOrWhiteSpace(location) || location.Length > 255))
        {
            errors.Add(("location", "must be 1–255 characters."));
        }

        errors.AddRange(Coordinates.Errors(request?.Lat, request?.Lng));
        return errors.Count > 0
            ? throw ApiErrors.Validation([.. errors])
            : (request!.Online!.Value, request.Location?.Trim(), Coordinates.Point(request.Lat, request.Lng));
    }
}
