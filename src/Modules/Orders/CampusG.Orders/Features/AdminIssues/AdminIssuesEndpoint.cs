using CampusG.Auth;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

/// <summary><c>GET /v1/admin/issues?status=OPEN|RESOLVED</c>: the operators' queue, newest first, at most <see cref="MaxItems"/>.</summary>
internal static class AdminIssuesEndpoint
{
    public const int MaxItems = 200;

    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/v1/admin/issues", HandleAsync)
            .RequireAuthorization(CampusGClaims.AdminPolicy)
            .WithTags("Operations")
            .WithName("ListIssues")
            .WithSummary("Problem reports of every order, newest first (operators only).")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status403Forbidden);

    private static async Task<Ok<IssueList>> HandleAsync(string? status, OrdersDbContext db, CancellationToken cancellationToken)
    {
        if (status is not (null or OrderIssue.Open or OrderIssue.Resolved))
        {
            throw ApiErrors.Validation(("status", $"must be {OrderIssue.Open} or {OrderIssue.Resolved}."));
        }

        var query = db.Issues.AsNoTracking();
        if (status is not null)
        {
            query = query.Where(i => i.Status == status);
        }

        // Ids are version 7 (time-ordered): they break ties between reports of the same instant.
        var issues = await query.OrderByDescending(i => i.CreatedAt).ThenByDescending(i => i.Id).Take(MaxItems).ToListAsync(cancellationToken);
        return TypedResults.Ok(new IssueList([.. issues.Select(IssueResponse.From)]));
    }
}
