using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

internal sealed record UpdateStatusRequest(string? Status, Guid? ProofId);

/// <summary>
/// <c>POST /v1/orders/{orderId}/status</c>: its runner reports the next status (ON_SITE … DELIVERED); PURCHASED needs
/// a receipt proof and DELIVERED a delivery proof of this order. Repeating the current report is 200 and changes nothing.
/// </summary>
internal static class UpdateStatusEndpoint
{
    public static void Map(RouteGroupBuilder orders) =>
        orders.MapPost("/{orderId:guid}/status", HandleAsync)
            .WithName("UpdateOrderStatus")
            .WithSummary("The runner reports progress.")
            .Produces<ApiErrorResponse>(StatusCodes.Status400BadRequest)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound)
            .Produces<ApiErrorResponse>(StatusCodes.Status409Conflict);

    private static async Task<Ok<OrderResponse>> HandleAsync(
        Guid orderId, UpdateStatusRequest request, HttpContext http, OrderChangeTransaction updater, OrdersDbContext db,
        CancellationToken cancellationToken)
    {
        if (!OrderLifecycle.IsStatus(request.Status))
        {
            throw ApiErrors.Validation(("status", $"must be one of {string.Join(", ", OrderLifecycle.All)}."));
        }

        var status = request.Status!;
        var runnerId = http.User.UserId();
        var order = await updater.ChangeAsync(
            orderId,
            (order, now) => AdvanceAsync(order ?? throw OrderErrors.NotFound(orderId), runnerId, status, request.ProofId, now, updater, db, cancellationToken),
            cancellationToken);
        return TypedResults.Ok(OrderResponse.From(order));
    }

    private static async Task AdvanceAsync(
        Order order, Guid runnerId, string status, Guid? proofId, DateTime now, OrderChangeTransaction updater, OrdersDbContext db,
        CancellationToken cancellationToken)
    {
        if (order.RunnerId != runnerId)
        {
            throw OrderErrors.NotFound(order.Id);
        }

        if (order.Status == status && OrderLifecycle.IsRunnerReport(status))
        {
            return; // a repeated report: nothing changes
        }

        if (!OrderLifecycle.IsNextRunnerStep(order.Status, status))
        {
            throw OrderErrors.InvalidTransition(order.Status, status);
        }

        await RequireProofAsync(db, order.Id, status, proofId, cancellationToken);
        order.Advance(status, now);
        updater.Outbox.Send(new OrderStatusUpdated(order.Id, order.CustomerId, runnerId, status, proofId, ApiValues.Offset(now)), order.Id.ToString());
    }

    private static async Task RequireProofAsync(OrdersDbContext db, Guid orderId, string status, Guid? proofId, CancellationToken cancellationToken)
    {
        var kind = status switch
        {
            OrderStatuses.Purchased => Proof.Receipt,
            OrderStatuses.Delivered => Proof.Delivery,
            _ => null,
        };
        if (kind is null)
        {
            return;
        }

        var found = proofId is { } id
            && await db.Proofs.AnyAsync(p => p.Id == id && p.OrderId == orderId && p.Kind == kind, cancellationToken);
        if (!found)
        {
            throw ApiErrors.BadRequest(OrderErrors.ProofRequired, $"{status} needs proofId: a {kind} proof uploaded for this order.");
        }
    }
}
