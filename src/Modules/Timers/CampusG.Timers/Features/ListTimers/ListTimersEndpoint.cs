using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using CampusG.Timers.Contracts;
using CampusG.Timers.Domain;
using CampusG.Timers.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Timers.Features;

internal sealed record TimerItem(
    Guid TimerId, Guid OrderId, string Purpose, DateTimeOffset DueAt, string Status, DateTimeOffset CreatedAt, DateTimeOffset? FiredAt);

internal sealed record TimerList(IReadOnlyList<TimerItem> Items);

/// <summary><c>GET /v1/admin/timers?status=S</c>: the newest 100 timers, optionally of one status (operators only).</summary>
internal static class ListTimersEndpoint
{
    public const int Limit = 100;

    private static readonly string[] Statuses =
        [TimerStatuses.Scheduled, TimerStatuses.Fired, TimerStatuses.Stopped, TimerStatuses.Cancelled];

    public static void MapListTimers(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/v1/admin/timers", ListAsync)
            .RequireAuthorization(CampusGClaims.AdminPolicy)
            .WithName("ListTimers")
            .WithTags("Operations")
            .WithSummary("Durable timers, newest first (at most 100), optionally filtered by status.");

    private static async Task<Ok<TimerList>> ListAsync(TimersDbContext db, string? status, CancellationToken cancellationToken)
    {
        var query = db.Timers.AsNoTracking();
        if (status is not null)
        {
            var wanted = Statuses.FirstOrDefault(s => string.Equals(s, status, StringComparison.OrdinalIgnoreCase))
                ?? throw ApiErrors.Validation(("status", $"must be one of {string.Join(", ", Statuses)}."));
            query = query.Where(t => t.Status == wanted);
        }

        var timers = await query.OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id).Take(Limit).ToListAsync(cancellationToken);
        return TypedResults.Ok(new TimerList([.. timers.Select(ToItem)]));
    }

    private static TimerItem ToItem(DurableTimer t) =>
        new(t.Id, t.OrderId, t.Purpose, t.DueAt.AsUtc(), t.Status, t.CreatedAt.AsUtc(), t.FiredAt.AsUtc());
}
