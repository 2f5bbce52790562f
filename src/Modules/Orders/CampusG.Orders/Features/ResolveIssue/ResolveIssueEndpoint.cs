using CampusG.Messaging;
using CampusG.Messaging.Outbox;
using CampusG.Auth;
using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

/// <summary>
/// <c>POST /v1/admin/issues/{issueId}/resolve</c>: an operator resolves an open report with a refund (the refunds of the
/// order's reports never exceed what the customer paid) charged to a party. The report and
/// <see cref="OrderIssueResolved"/> commit together; of two racing resolves the report's version lets one win.
/// </summary>
internal static class ResolveIssueEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/v1/admin/issues/{issueId:guid}/resolve", HandleAsync)
            .RequireAuthorization(CampusGClaims.AdminPolicy)
            .WithTags("Operations")
            .WithName("ResolveIssue")
            .WithSummary("Resolves a problem report with a refund charged to the runner, the restaurant or the platform (operators only).")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status403Forbidden)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);

    private static async Task<Ok<IssueResponse>> HandleAsync(
        Guid issueId, ResolveIssueRequest request, OrdersDbContext db, MessageOutbox<OrdersDbContext> outbox, TimeProvider time,
        CancellationToken cancellationToken)
    {
        request.Validate();
        var issue = await db.Issues.SingleOrDefaultAsync(i => i.Id == issueId, cancellationToken) ?? throw IssueErrors.NotFound(issueId);
        if (issue.Status != OrderIssue.Open)
        {
            throw IssueErrors.AlreadyResolved(issueId);
        }

        var order = await db.Orders.AsNoTracking().SingleAsync(o => o.Id == issue.OrderId, cancellationToken);
        var partyId = request.PartyOf(order);
        var refund = Money.ToMinor(request.RefundAmount!.Value);
        var granted = await db.Issues.Where(i => i.OrderId == order.Id).SumAsync(i => i.RefundAmountMinor ?? 0, cancellationToken);
        if (granted + refund > order.PaidMinor)
        {
            throw ApiErrors.Conflict(IssueErrors.RefundExceedsPaid, $"Refunds of this order would reach {ApiValues.Money(granted + refund)}; "
                + $"the customer paid {ApiValues.Money(order.PaidMinor)} ({ApiValues.Money(granted)} already refunded).");
        }

        var now = time.GetUtcNow().UtcDateTime;
        issue.Resolve(refund, request.ChargedTo!, request.Note, now);
        outbox.Send(
            new OrderIssueResolved(order.Id, issue.Id, order.CustomerId, ApiValues.Money(refund), issue.ChargedTo!, partyId, ApiValues.Offset(now)),
            OrderCorrelation.Issue(order.Id, issue.Id));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw IssueErrors.AlreadyResolved(issueId); // a concurrent resolve committed first: resolving is the only change
        }

        return TypedResults.Ok(IssueResponse.From(issue));
    }
}
