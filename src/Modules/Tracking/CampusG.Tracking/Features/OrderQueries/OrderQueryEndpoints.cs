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

/// <summary>The order's event log and payment view, for its customer or runner; any order's event log for an operator.</summary>
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
        endpoints.MapGet("/v1/admin/orders/{orderId:guid}/events", GetAnyEventsAsync)
            .RequireAuthorization(CampusGClaims.AdminPolicy)
            .WithTags("Tracking")
            .WithName("GetAnyOrderEvents")
            .WithSummary("Operators: every message about any order, in arrival order.")
            .Produces<ApiErrorResponse>(StatusCodes.Status401Unauthorized)
            .Produces<ApiErrorResponse>(StatusCodes.Status403Forbidden)
            .Produces<ApiErrorResponse>(StatusCodes.Status404NotFound);
    }

    private static async Task<Ok<OrderEventsResponse>> GetEventsAsync(
        Guid orderId, ClaimsPrincipal user, TrackingDbContext db, CancellationToken cancellationToken)
    {
        await OrderAccess.FindVisibleAsync(db, orderId, user.UserId(), cancellationToken);
        return TypedResults.Ok(await EventsAsync(db, orderId, cancellationToken));
    }

    /// <summary>An operator reads any order's log; an order nothing was ever logged about is not found.</summary>
    private static async Task<Ok<OrderEventsResponse>> GetAnyEventsAsync(Guid orderId, TrackingDbContext db, CancellationToken cancellationToken)
    {
        var events = await EventsAsync(db, orderId, cancellationToken);
        return events.Items.Count > 0 ? TypedResults.Ok(events) : throw ApiErrors.NotFound(OrderAccess.OrderNotFound, $"Order {orderId} was not found.");
    }

    private static async Task<OrderEventsResponse> EventsAsync(TrackingDbContext db, Guid orderId, CancellationToken cancellationToken)
    {
        var correlationId = orderId.ToString();
        var entries = await db.EventLog.AsNoTracking()
            .Where(e => e.CorrelationId == correlationId)
            .OrderBy(e => e.Seq)
            .ToListAsync(cancellationToken);
        return new OrderEventsResponse([.. entries.Select(OrderEventItem.From)]);
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
