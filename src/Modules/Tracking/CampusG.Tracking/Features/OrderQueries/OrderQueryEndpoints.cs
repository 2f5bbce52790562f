using System.Security.Claims;
using System.Text.Json;
using CampusG.Messaging.Privacy;
using CampusG.ServiceDefaults;
using CampusG.Auth;
using CampusG.ServiceDefaults.Errors;
using CampusG.Tracking.Domain;
using CampusG.Tracking.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using CampusG.Messaging;

namespace CampusG.Tracking.Features;

/// <summary>
/// The order's event log and payment view, for its customer, runner or restaurant owner; any order's event log for an operator. A
/// party reads a view of the log made for them: no message addressed to another user, no sensitive or internal-only
/// field. Operators read every message, without sensitive fields.
/// </summary>
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
        Guid orderId, ClaimsPrincipal user, TrackingDbContext db, MessageCatalog catalog, CancellationToken cancellationToken)
    {
        var viewer = user.UserId();
        await OrderAccess.FindVisibleAsync(db, orderId, viewer, cancellationToken);
        var entries = await EntriesAsync(db, orderId, cancellationToken);
        return TypedResults.Ok(new OrderEventsResponse([.. entries
            .Select(e => (Entry: e, Payload: JsonSerializer.Deserialize<JsonElement>(e.Payload), Privacy: catalog.PrivacyOf(e.Type)))
            .Where(e => PayloadRedaction.IsVisibleTo(e.Payload, e.Privacy, viewer))
            .Select(e => OrderEventItem.From(e.Entry, PayloadRedaction.ForParty(e.Payload, e.Privacy)))]));
    }

    /// <summary>An operator reads any order's log; an order nothing was ever logged about is not found.</summary>
    private static async Task<Ok<OrderEventsResponse>> GetAnyEventsAsync(
        Guid orderId, TrackingDbContext db, MessageCatalog catalog, CancellationToken cancellationToken)
    {
        var entries = await EntriesAsync(db, orderId, cancellationToken);
        // Rows are stored without sensitive fields; redacting again covers rows logged before they were.
        return entries.Count > 0
            ? TypedResults.Ok(new OrderEventsResponse([.. entries.Select(e => OrderEventItem.From(
                e, PayloadRedaction.ForRecord(JsonSerializer.Deserialize<JsonElement>(e.Payload), catalog.PrivacyOf(e.Type))))]))
            : throw ApiErrors.NotFound(OrderAccess.OrderNotFound, $"Order {orderId} was not found.");
    }

    private static Task<List<EventLogEntry>> EntriesAsync(TrackingDbContext db, Guid orderId, CancellationToken cancellationToken)
    {
        // The order's own messages, and those of its problem reports and fee boosts (correlated as {orderId}:issue:{id}, …).
        var correlationId = orderId.ToString();
        return db.EventLog.AsNoTracking()
            .Where(e => e.CorrelationId == correlationId || e.CorrelationId.StartsWith(correlationId + ":"))
            .OrderBy(e => e.Seq)
            .ToListAsync(cancellationToken);
    }

    private static async Task<Ok<OrderPaymentResponse>> GetPaymentAsync(
        Guid orderId, ClaimsPrincipal user, TrackingDbContext db, CancellationToken cancellationToken)
    {
        var view = await OrderAccess.FindVisibleAsync(db, orderId, user.UserId(), cancellationToken);
        return TypedResults.Ok(OrderPaymentResponse.From(view));
    }
}

internal sealed record OrderEventsResponse(IReadOnlyList<OrderEventItem> Items);

/// <param name="Payload">The message's payload as a JSON object, as the reader may see it.</param>
internal sealed record OrderEventItem(Guid Id, string Type, DateTime Timestamp, string? Source, JsonElement Payload)
{
    public static OrderEventItem From(EventLogEntry entry, string payload) =>
        new(entry.MessageId, entry.Type, entry.Timestamp, entry.Source, JsonSerializer.Deserialize<JsonElement>(payload));
}

internal sealed record OrderPaymentResponse(
    string PaymentStatus, string EscrowStatus, decimal? Amount, DateTime? AuthorizedAt, DateTime? ReleasedAt, DateTime? RefundedAt,
    IReadOnlyList<PaymentSplit> Splits, decimal RefundedAmount)
{
    public static OrderPaymentResponse From(OrderView view) => new(
        view.PaymentStatus,
        view.EscrowStatus,
        view.AmountMinor is { } minor ? Money.FromMinor(minor) : null,
        view.AuthorizedAt,
        view.ReleasedAt,
        view.RefundedAt,
        [.. view.Splits().Select(s => new PaymentSplit(s.Party, s.PartyId, Money.FromMinor(s.AmountMinor), s.Status))],
        Money.FromMinor(view.RefundedMinor));
}

/// <summary>One payee's part of the order's money: <c>RESTAURANT</c> or <c>RUNNER</c>, <c>PENDING</c>, <c>RELEASED</c> or <c>FAILED</c>.</summary>
internal sealed record PaymentSplit(string Party, Guid PartyId, decimal Amount, string Status);
