using System.Security.Claims;
using System.Text.Json;
using CampusG.ServiceDefaults;
using CampusG.ServiceDefaults.Auth;
using CampusG.ServiceDefaults.Errors;
using CampusG.Tracking.Domain;
using CampusG.Tracking.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Tracking.Features;

/// <summary>The order's event log and payment view, for its customer or runner.</summary>
internal static class OrderQueryEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var order = endpoints.MapGroup("/v1/orders/{orderId:guid}").RequireAuthorization().WithTags("Tracking");
        order.MapGet("/events", GetEventsAsync)
            .WithName("GetOrderEvents")
            .WithSummary("Every message about the order, in arrival order (the Log Service view).")
            .Produces<ApiErrorResponse>(StatusCodes.Status401Unauthorized)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound);
        order.MapGet("/payment", GetPaymentAsync)
            .WithName("GetOrderPayment")
            .WithSummary("The order's payment and escrow status.")
            .Produces<ApiErrorResponse>(StatusCodes.Status401Unauthorized)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<OrderEventsResponse>> GetEventsAsync(
        Guid orderId, ClaimsPrincipal user, TrackingDbContext db, CancellationToken cancellationToken)
    {
        await OrderAccess.FindVisibleAsync(db, orderId, user.UserId(), cancellationToken);
        var correlationId = orderId.ToString();
        var entries = await db.EventLog.AsNoTracking()
            .Where(e => e.CorrelationId == correlationId)
            .OrderBy(e => e.Seq)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new OrderEventsResponse([.. entries.Select(OrderEventItem.From)]));
    }

    private static async Task<Ok<OrderPaymentResponse>> GetPaymentAsync(
        Guid orderId, ClaimsPrincipal user, TrackingDbContext db, CancellationToken cancellationToken)
    {
        var view = await OrderAccess.FindVisibleAsync(db, orderId, user.UserId(), cancellationToken);
        return TypedResults.Ok(OrderPaymentResponse.From(view));
    }
}

internal sealed record OrderEventsResponse(IReadOnlyList<OrderEventItem> Items);

/// <param name="Payload">The message's payload as a JSON object, as it travelled.</param>
internal sealed record OrderEventItem(Guid Id, string Type, DateTime Timestamp, string? Source, JsonElement Payload)
{
    public static OrderEventItem From(EventLogEntry entry) =>
        new(entry.MessageId, entry.Type, entry.Timestamp, entry.Source, JsonSerializer.Deserialize<JsonElement>(entry.Payload));
}

internal sealed record OrderPaymentResponse(
    string PaymentStatus, string EscrowStatus, decimal? Amount, DateTime? AuthorizedAt, DateTime? ReleasedAt, DateTime? RefundedAt)
{
    public static OrderPaymentResponse From(OrderView view) => new(
        view.PaymentStatus,
        view.EscrowStatus,
        view.AmountMinor is { } minor ? Money.FromMinor(minor) : null,
        view.AuthorizedAt,
        view.ReleasedAt,
        view.RefundedAt);
}
