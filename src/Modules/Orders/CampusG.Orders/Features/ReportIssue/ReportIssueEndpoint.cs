using CampusG.Auth;
using CampusG.Messaging.Outbox;
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

internal sealed record ReportIssueRequest(string? Kind, string? Detail, Guid? ProofId);

/// <summary>
/// <c>POST /v1/orders/{orderId}/issues</c>: its customer reports a problem, from DELIVERED until 48 hours after completion,
/// one open report at a time (a filtered unique index settles racing reports). <see cref="OrderIssueReported"/> goes
/// out in the same transaction.
/// </summary>
internal static class ReportIssueEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapPost("/{orderId:guid}/issues", HandleAsync)
            .WithName("ReportIssue")
            .WithSummary("The customer reports a problem with a delivered order.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);

    private static async Task<Created<IssueResponse>> HandleAsync(
        Guid orderId, ReportIssueRequest request, HttpContext http, OrdersDbContext db, MessageOutbox<OrdersDbContext> outbox,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var customerId = http.User.UserId();
        var order = await db.Orders.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orderId && o.CustomerId == customerId, cancellationToken)
            ?? throw OrderErrors.NotFound(orderId);
        await ValidateAsync(request, orderId, db, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        if (!OrderIssue.MayReport(order, now))
        {
            throw IssueErrors.NotDelivered(order);
        }

        if (await db.Issues.AnyAsync(i => i.OrderId == orderId && i.Status == OrderIssue.Open, cancellationToken))
        {
            throw IssueErrors.AlreadyOpen(orderId);
        }

        var issue = OrderIssue.Report(order, request.Kind!, request.Detail!, request.ProofId, now);
        db.Issues.Add(issue);
        outbox.Send(new OrderIssueReported(orderId, issue.Id, customerId, issue.Kind, ApiValues.Offset(now)), orderId.ToString());
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw IssueErrors.AlreadyOpen(orderId); // a concurrent report of the same order committed first
        }

        return TypedResults.Created($"/v1/orders/{orderId}/issues", IssueResponse.From(issue));
    }

    private static async Task ValidateAsync(ReportIssueRequest request, Guid orderId, OrdersDbContext db, CancellationToken cancellationToken)
    {
        var failures = new List<(string, string)>();
        if (request.Kind is null || !IssueKinds.All.Contains(request.Kind, StringComparer.Ordinal))
        {
            failures.Add(("kind", $"must be one of {string.Join(", ", IssueKinds.All)}."));
        }

        CreateOrderValidation.AddIfBad(failures, "detail", CreateOrderValidation.Text(request.Detail, OrderIssue.MaxDetail));
        if (request.ProofId is { } proofId && !await db.Proofs.AnyAsync(p => p.Id == proofId && p.OrderId == orderId, cancellationToken))
        {
            failures.Add(("proofId", $"{proofId} is not a proof of this order."));
        }

        if (failures.Count > 0)
        {
            throw ApiErrors.Validation([.. failures]);
        }
    }
}
