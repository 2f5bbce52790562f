using System.Security.Claims;
using CampusG.Auth;
using CampusG.Notifications.Domain;
using CampusG.Notifications.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Notifications.Features;

internal sealed record PreferencesRequest(bool? Email, bool? Sms);

internal sealed record PreferencesResponse(bool Email, bool Sms, bool InApp)
{
    public static PreferencesResponse From(NotificationPreference? p) =>
        new(p?.Email ?? NotificationPreference.DefaultEmail, p?.Sms ?? NotificationPreference.DefaultSms, InApp: true);
}

/// <summary>
/// <c>GET</c> and <c>PUT /v1/users/me/notification-preferences</c>: whether the caller's notifications also go by
/// e-mail (default on) and SMS (default off); in-app always. Both fields are required on PUT.
/// </summary>
internal static class PreferencesEndpoints
{
    public const string Path = "/v1/users/me/notification-preferences";

    public static void MapPreferences(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, GetAsync)
            .RequireAuthorization()
            .WithName("GetNotificationPreferences")
            .WithTags("Notifications")
            .WithSummary("The caller's notification channels: e-mail and SMS by preference, in-app always.");
        endpoints.MapPut(Path, PutAsync)
            .RequireAuthorization()
            .WithName("SetNotificationPreferences")
            .WithTags("Notifications")
            .WithSummary("Turn e-mail and SMS notifications on or off (both fields required).")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest);
    }

    private static async Task<Ok<PreferencesResponse>> GetAsync(ClaimsPrincipal user, NotificationsDbContext db, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var preference = await db.Preferences.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        return TypedResults.Ok(PreferencesResponse.From(preference));
    }

    private static async Task<Ok<PreferencesResponse>> PutAsync(
        PreferencesRequest? request, ClaimsPrincipal user, NotificationsDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var (email, sms) = Validate(request);
        var userId = user.UserId();
        var now = time.GetUtcNow().UtcDateTime;
        var preference = await db.Preferences.FindAsync([userId], cancellationToken);
        if (preference is null)
        {
            preference = NotificationPreference.Create(userId, now);
            db.Preferences.Add(preference);
        }

        preference.Set(email, sms, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent first PUT of the same user inserted the row: apply this one over it.
            db.ChangeTracker.Clear();
            preference = await db.Preferences.SingleAsync(p => p.UserId == userId, cancellationToken);
            preference.Set(email, sms, now);
            await db.SaveChangesAsync(cancellationToken);
        }

        return TypedResults.Ok(PreferencesResponse.From(preference));
    }

    private static (bool Email, bool Sms) Validate(PreferencesRequest? request)
    {
        var failures = new List<(string, string)>();
        if (request?.Email is null)
        {
            failures.Add(("email", "is required (true or false)."));
        }

        if (request?.Sms is null)
        {
            failures.Add(("sms", "is required (true or false)."));
        }

        return failures.Count > 0 ? throw ApiErrors.Validation([.. failures]) : (request!.Email!.Value, request.Sms!.Value);
    }
}
