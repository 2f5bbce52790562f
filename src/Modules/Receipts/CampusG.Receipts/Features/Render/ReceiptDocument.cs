using System.Globalization;
using System.Text.Json.Serialization;
using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Receipts.Domain;

namespace CampusG.Receipts.Features;

/// <summary>
/// What one receipt version says: the order's lines or description, fees, total, payment and escrow status, and on a
/// final version what was captured, released and refunded (and why a cancelled order was cancelled). Nothing about a
/// card or another party.
/// </summary>
internal sealed record ReceiptDocument(
    Guid ReceiptId, int Version, Guid OrderId, string Kind, string? Description, IReadOnlyList<ReceiptLine> Lines,
    decimal FoodFee, decimal DeliveryFee, decimal Total, string OrderStatus, string PaymentStatus, string EscrowStatus,
    ReceiptSettlement? Settlement, string? CancellationReason, DateTimeOffset OrderedAt, DateTimeOffset IssuedAt)
{
    public const string Platform = "CampusG";

    public static ReceiptDocument From(OrderReceipt r, DateTimeOffset issuedAt) => new(
        r.ReceiptId, r.Version, r.OrderId, r.Kind, r.Description, r.Lines(),
        Money.FromMinor(r.FoodFeeMinor ?? 0), Money.FromMinor(r.DeliveryFeeMinor ?? 0), Money.FromMinor(r.TotalMinor),
        r.Status ?? OrderStatuses.PendingPayment, r.PaymentStatus, r.EscrowStatus,
        r.IsFinal ? new ReceiptSettlement(Money.FromMinor(r.CapturedMinor), Money.FromMinor(r.ReleasedMinor), Money.FromMinor(r.RefundedMinor)) : null,
        r.Status == OrderStatuses.Cancelled ? r.CancellationReason : null,
        new DateTimeOffset(DateTime.SpecifyKind(r.PlacedAt ?? issuedAt.UtcDateTime, DateTimeKind.Utc)), issuedAt);

    [JsonIgnore]
    public string Title => Kind == OrderKinds.Menu ? "Menu order" : "Errand";

    /// <summary>The rows of the amounts table, in order, each label with its formatted amount.</summary>
    public IReadOnlyList<(string Label, string Amount)> Amounts()
    {
        List<(string, string)> rows = [("Food fee", Format(FoodFee)), ("Delivery fee", Format(DeliveryFee)), ("Total", Format(Total))];
        if (Settlement is { } s)
        {
            rows.AddRange([("Captured", Format(s.Captured)), ("Released", Format(s.Released)), ("Refunded", Format(s.Refunded))]);
        }

        return rows;
    }

    /// <summary>The status rows: the order, its payment and its escrow, and why a cancelled order was cancelled.</summary>
    public IReadOnlyList<(string Label, string Value)> Statuses()
    {
        List<(string, string)> rows = [("Order status", OrderStatus), ("Payment status", PaymentStatus), ("Escrow status", EscrowStatus)];
        if (CancellationReason is { } reason)
        {
            rows.Add(("Cancellation reason", reason));
        }

        return rows;
    }

    public static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Date(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}

internal sealed record ReceiptSettlement(decimal Captured, decimal Released, decimal Refunded);
