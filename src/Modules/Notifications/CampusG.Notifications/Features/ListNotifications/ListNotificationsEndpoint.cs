using CampusG.Notifications.Persistence;
using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Notifications.Features;

internal sealed record NotificationList(IReadOnlyList<NotificationItem> Items);

/// <summary><c>GET /v1/notifications?limit=N</c>: the caller's own notifications, newest first.</summary>
internal static class ListNotificationsEndpoint
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    public static void MapListNotifications(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/v1/notifications", ListAsync)
            .RequireAuthorization()
            .WithName("ListNotifications")
            .WithTags("Notifications")
            .WithSummary("The caller's notifications, newest first; limit 1-100 (default 20).");

    private static async Task<Ok<NotificationList>> ListAsync(
        HttpContext http, NotificationsDbContext db, int? limit, CancellationToken cancellationToken)
    {
        var take = limit ?? DefaultLimit;
        if (take is < 1 or > MaxLimit)
        {
            throw ApiErrors.Validation(("limit", $"must be between 1 and {MaxLimit}."));
        }

        var userId = http.User.UserId();
        var notifications = await db.Notifications.AsNoTracking()
            .Include(n => n.Deliveries)
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.CreatedAt)
            .ThenByDescending(n => n.Id)
            .Take(take)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new NotificationList([.. notifications.Select(NotificationItem.From)]));
    }
}
