using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.ServiceDefaults.Errors;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampusG.Orders.Features;

/// <summary>
/// A runner's report of the next status, for both routes that take one (<c>POST /v1/orders/{id}/status</c> and
/// <c>PATCH /v1/riders/{riderId}/orders/{id}</c>): only the order's runner, only the next status of its kind, an
/// errand's proofs (a receipt at PURCHASED, a handover photo at DELIVERED); a menu order may attach a proof. At
/// DELIVERED the order says who is to be paid (<see cref="OrderDelivered"/>). Repeating the current report changes nothing.
/// </summary>
internal sealed class RunnerReports(OrderChangeTransaction updater, OrdersDbContext db, IOptions<OrdersOptions> options)
{
    public async Task<Order> ReportAsync(Guid orderId, Guid runnerId, string? status, Guid? proofId, CancellationToken cancellationToken)
    {
        if (!OrderLifecycle.IsStatus(status))
        {
            throw ApiErrors.Validation(("status", $"must be one of {string.Join(", ", OrderLifecycle.All)}."));
        }

        return await updater.ChangeAsync(
            orderId,
            (order, now) => AdvanceAsync(order is not null && order.RunnerId == runnerId ? order : throw OrderErrors.NotFound(orderId), status!, proofId, now, cancellationToken),
            cancellationToken);
    }

    private async Task AdvanceAsync(Order order, string status, Guid? proofId, DateTime now, CancellationToken cancellationToken)
    {
        if (order.Status == status && OrderLifecycle.IsRunnerReport(order.Kind, status))
        {
            return; // a repeated report: nothing changes
        }

        if (!OrderLifecycle.IsNextRunnerStep(order.Kind, order.Status, status))
        {
            throw OrderErrors.InvalidTransition(order.Status, status);
        }

        await RequireProofAsync(order, status, proofId, cancellationToken);
        order.Advance(status, now, options.Value.Windows);
        var key = order.Id.ToString();
        updater.Outbox.Send(new OrderStatusUpdated(order.Id, order.CustomerId, order.RunnerId!.Value, status, proofId, ApiValues.Offset(now)), key);
        if (status == OrderStatuses.Delivered)
        {
            updater.Outbox.Send(OrderMessages.Delivered(order), key);
        }
    }

    private async Task RequireProofAsync(Order order, string status, Guid? proofId, CancellationToken cancellationToken)
    {
        var kind = (order.IsMenu, status) switch
        {
            (false, OrderStatuses.Purchased) => Proof.Receipt,
            (false, OrderStatuses.Delivered) => Proof.Delivery,
            _ => null,
        };
        if (kind is null && proofId is null)
        {
            return;
        }

        var found = proofId is { } id
            && await db.Proofs.AnyAsync(p => p.Id == id && p.OrderId == order.Id && (kind == null || p.Kind == kind), cancellationToken);
        if (!found)
        {
            throw ApiErrors.BadRequest(OrderErrors.ProofRequired, kind is null
                ? $"proofId {proofId} is not a proof of this order."
                : $"{status} needs proofId: a {kind} proof uploaded for this order.");
        }
    }
}
