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

internal sealed record AdminNotificationItem(Guid UserId, NotificationItem Notification);

internal sealed record AdminNotificationList(IReadOnlyList<AdminNotificationItem> Items);

/// <summary>
/// <c>GET /v1/admin/notifications?status=&amp;limit=</c>: recent notifications of everyone with their per-channel
/// deliveries, newest first (operators only). <c>status</c> (PENDING, SENT, FAILED, CREATED) keeps those whose own
/// status or any delivery's status is that one, e.g. <c>FAILED</c> for every failed e-mail or SMS.
/// </summary>
internal static class AdminNotificationsEndpoint
{
    private static readonly string[] Statuses =
        [NotificationStatuses.Created, NotificationStatuses.Sent, NotificationStatuses.Failed, DeliveryStatuses.Pending];

    public static void MapAdminNotifications(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/v1/admin/notifications", ListAsync)
            .RequireAuthorization(CampusGClaims.AdminPolicy)
            .WithName("ListAdminNotifications")
            .WithTags("Operations")
            .WithSummary("Recent notifications with their per-channel deliveries, newest first; status filter (operators only).")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status403Forbidden);

    private static async Task<Ok<AdminNotificationList>> ListAsync(
        NotificationsDbContext db, string? status, int? limit, CancellationToken cancellationToken)
    {
        var take = limit ?? ListNotificationsEndpoint.DefaultLimit;
        var failures = new List<(string, string)>();
        if (take is < 1 or > ListNotificationsEndpoint.MaxLimit)
        {
            failures.Add(("limit", $"must be between 1 and {ListNotificationsEndpoint.MaxLimit}."));
        }

        if (status is not null && !Statuses.Contains(status))
        {
            failures.Add(("status", $"must be one of {string.Join(", ", Statuses)}."));
        }

        if (failures.Count > 0)
        {
            throw ApiErrors.Validation([.. failures]);
        }

        var query = db.Notifications.AsNoTracking().Include(n => n.Deliveries).AsQueryable();
        if (status is not null)
        {
            query = query.Where(n => n.Status == status || n.Deliveries.Any(d => d.Status == status));
        }

        var notifications = await query.OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(take).ToListAsync(cancellationToken);
        return TypedResults.Ok(new AdminNotificationList([.. notifications.Select(n => new AdminNotificationItem(n.UserId, NotificationItem.From(n)))]));
    }
}
