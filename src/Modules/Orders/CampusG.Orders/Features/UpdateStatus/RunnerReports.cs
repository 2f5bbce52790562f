using CampusG.Messaging;
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
/// DELIVERED the order says who is to be paid (<see cref="OrderDelivered"/>). An errand's PURCHASED may carry the receipt
/// total (never above the food fee). Repeating the current report changes nothing.
/// </summary>
internal sealed class RunnerReports(OrderChangeTransaction updater, OrdersDbContext db, IOptions<OrdersOptions> options)
{
    public async Task<Order> ReportAsync(Guid orderId, Guid runnerId, RunnerReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (!OrderLifecycle.IsStatus(report.Status))
        {
            throw ApiErrors.Validation(("status", $"must be one of {string.Join(", ", OrderLifecycle.All)}."));
        }

        if (report.ActualFoodFee is { } fee && CreateOrderValidation.Fee(fee) is { } bad)
        {
            throw ApiErrors.Validation(("actualFoodFee", bad));
        }

        return await updater.ChangeAsync(
            orderId,
            (order, now) => AdvanceAsync(order is not null && order.RunnerId == runnerId ? order : throw OrderErrors.NotFound(orderId), report, now, cancellationToken),
            cancellationToken);
    }

    private async Task AdvanceAsync(Order order, RunnerReport report, DateTime now, CancellationToken cancellationToken)
    {
        var (status, proofId) = (report.Status!, report.ProofId);
        if (report.ActualFoodFee is not null && (order.IsMenu || status != OrderStatuses.Purchased))
        {
            throw ApiErrors.Validation(("actualFoodFee", "is only taken with an errand's PURCHASED report."));
        }

        if (order.Status == status && OrderLifecycle.IsRunnerReport(order.Kind, status))
        {
            return; // a repeated report: nothing changes
        }

        if (!OrderLifecycle.IsNextRunnerStep(order.Kind, order.Status, status))
        {
            throw OrderErrors.InvalidTransition(order.Status, status);
        }

        var actualFoodFee = ActualFoodFee(order, report.ActualFoodFee);
        await RequireProofAsync(order, status, proofId, cancellationToken);
        order.Advance(status, now, options.Value.Windows, actualFoodFee);
        var key = order.Id.ToString();
        updater.Outbox.Send(new OrderStatusUpdated(order.Id, order.CustomerId, order.RunnerId!.Value, status, proofId, ApiValues.Offset(now)), key);
        if (status == OrderStatuses.Delivered)
        {
            updater.Outbox.Send(OrderMessages.Delivered(order), key);
        }
    }

    /// <summary>The receipt total in minor units, never above the agreed food fee.</summary>
    private static long? ActualFoodFee(Order order, decimal? actualFoodFee)
    {
        if (actualFoodFee is not { } fee)
        {
            return null;
        }

        var minor = Money.ToMinor(fee);
        return minor <= order.FoodFeeMinor
            ? minor
            : throw ApiErrors.Conflict(IssueErrors.PriceAboveAgreed, $"actualFoodFee {fee} is above the agreed food fee {ApiValues.Money(order.FoodFeeMinor)}.");
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

/// <summary>What a runner reports: the next status, a proof, and at an errand's PURCHASED the receipt total.</summary>
internal sealed record RunnerReport(string? Status, Guid? ProofId, decimal? ActualFoodFee);
