using System.Globalization;
using System.Text.Json;
using CampusG.Web.Api;
using MudBlazor;

namespace CampusG.Web.Shared;

/// <summary>The order's statuses and cancellation reasons (docs/api.md) in words, and the runner's next step.</summary>
public static class OrderText
{
    /// <summary>The runner's steps after acceptance: each status, the button that sets it, and the photo it needs.</summary>
    public static IReadOnlyList<RunnerStep> RunnerSteps { get; } =
    [
        new("ON_SITE", "I'm at the shop", null),
        new("PURCHASED", "I've bought it", "receipt"),
        new("COLLECTED", "I've collected it", null),
        new("ON_THE_WAY", "I'm on my way", null),
        new("DELIVERED", "Delivered", "delivery"),
    ];

    /// <summary>A rider's steps on a menu order after accepting it: picked up at the restaurant, then delivered (no photos).</summary>
    public static IReadOnlyList<RunnerStep> RiderSteps { get; } =
    [
        new("PICKED_UP", "Picked up", null),
        new("DELIVERED", "Delivered", null),
    ];

    /// <summary>A status in words; <paramref name="menu"/> for a menu order, whose <c>ACCEPTED</c> is the restaurant's.</summary>
    public static string Status(string status, bool menu) => (status, menu) switch
    {
        ("ACCEPTED", true) => "Being prepared",
        ("PENDING_PAYMENT", true) => "Confirming stock and payment",
        _ => Status(status),
    };

    public static string Status(string status) => status switch
    {
        "PLACED" => "Waiting for the restaurant",
        "RIDER_ASSIGNED" => "Rider on the way to the restaurant",
        "PICKED_UP" => "On the way to you",
        "PENDING_PAYMENT" => "Confirming payment",
        "CREATED" => "Waiting for a runner",
        "ACCEPTED" => "Runner on the way to the shop",
        "ON_SITE" => "Runner at the shop",
        "PURCHASED" => "Food bought",
        "COLLECTED" => "Food collected",
        "ON_THE_WAY" => "On the way to you",
        "DELIVERED" => "Delivered",
        "COMPLETED" => "Completed",
        "CANCELLED" => "Cancelled",
        _ => status,
    };

    /// <summary>Completed or cancelled: nothing more will happen to the order.</summary>
    public static bool HasEnded(string status) => status is "COMPLETED" or "CANCELLED";

    public static Color StatusColor(string status) => status switch
    {
        "CANCELLED" => Color.Error,
        "COMPLETED" => Color.Success,
        "CREATED" or "PLACED" => Color.Info,
        "PENDING_PAYMENT" => Color.Default,
        _ => Color.Primary,
    };

    /// <summary>Why an order was cancelled, for its customer; <paramref name="paymentFailure"/> is the <c>payment.failed</c> reason when known.</summary>
    public static string CancellationReason(string? reason, string? paymentFailure = null) => reason switch
    {
        "PAYMENT_FAILED" => paymentFailure switch
        {
            "DECLINED" => "Your card was declined, so nothing was charged.",
            "INSUFFICIENT_FUNDS" => "Your card was declined for insufficient funds, so nothing was charged.",
            "PROCESSING_ERROR" => "The card processor kept failing, so nothing was charged. Please place it again in a moment.",
            _ => "Your payment didn't go through, so nothing was charged.",
        },
        "PAYMENT_METHOD_MISSING" => "You have no card on file, so nothing was charged.",
        "TIMEOUT" => "No runner accepted your order in time. Your payment was refunded.",
        "CUSTOMER_CANCELLED" => "You cancelled this order. Your payment was refunded.",
        "ESCROW_FAILED" => "We couldn't hold your payment in escrow, so the order was cancelled and your card was not charged.",
        "CREATION_FAILED" => "The order couldn't be set up; any payment was refunded.",
        "OUT_OF_STOCK" => "Some of what you ordered had sold out, so nothing was charged.",
        "RESTAURANT_REJECTED" => "The restaurant couldn't take your order. Your payment was refunded.",
        "RESTAURANT_TIMEOUT" => "The restaurant didn't answer in time. Your payment was refunded.",
        "NO_RIDER" => "No rider picked up your order in time. Your payment was refunded in full.",
        "OPERATOR_CANCELLED" => "An operator cancelled this order. Everything you paid was refunded.",
        "DELIVERY_TIMEOUT" => "The runner did not buy your errand in time, so it was cancelled. Your payment was refunded in full.",
        null => "This order was cancelled.",
        _ => $"This order was cancelled ({reason}).",
    };

    /// <summary>The link that fixes a payment problem before placing the order again ("Update your card"), or null.</summary>
    public static string? CardAction(string? reason, string? paymentFailure) => reason switch
    {
        "PAYMENT_FAILED" when paymentFailure != "PROCESSING_ERROR" => "Update your card",
        "PAYMENT_METHOD_MISSING" => "Add a card",
        _ => null,
    };

    /// <summary>The reason of the order's <c>payment.failed</c> event (<c>DECLINED</c>, <c>INSUFFICIENT_FUNDS</c>, ...), if logged yet.</summary>
    public static string? PaymentFailure(IEnumerable<OrderEvent> events) => events
        .Where(e => e.Type == "payment.failed" && e.Payload.ValueKind == JsonValueKind.Object)
        .Select(e => e.Payload.TryGetProperty("reason", out var reason) ? reason.GetString() : null)
        .LastOrDefault(reason => reason is not null);

    /// <summary>The items an out-of-stock order could not have, named from its lines ("Chicken rice (1 left)"), from its <c>inventory.failed</c> event.</summary>
    public static IReadOnlyList<string> SoldOut(IEnumerable<OrderEvent> events, Order order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var failed = events.LastOrDefault(e => e.Type == "inventory.failed" && e.Payload.ValueKind == JsonValueKind.Object);
        if (failed is null || !failed.Payload.TryGetProperty("failedItems", out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        return [.. items.EnumerateArray().Select(item =>
        {
            var id = item.TryGetProperty("itemId", out var itemId) && itemId.TryGetGuid(out var guid) ? guid : Guid.Empty;
            var name = order.Items?.FirstOrDefault(l => l.ItemId == id)?.Name ?? "An item";
            return item.TryGetProperty("available", out var left) && left.TryGetInt32(out var count) ? $"{name} ({count} left)" : name;
        })];
    }

    /// <summary>Who a payment split pays, in words.</summary>
    public static string Party(string party) => party switch
    {
        "RESTAURANT" => "Restaurant (food)",
        "RUNNER" => "Rider (delivery fee)",
        _ => party,
    };

    /// <summary>What a customer may report about a delivered order, in the order the form offers them.</summary>
    public static IReadOnlyList<(string Kind, string Label)> IssueKinds { get; } =
    [
        ("MISSING_ITEM", "Something was missing"),
        ("WRONG_ITEM", "I got the wrong item"),
        ("NOT_DELIVERED", "It never arrived"),
        ("DAMAGED", "It arrived damaged or spilt"),
        ("OTHER", "Something else"),
    ];

    public static string IssueKind(string kind) => IssueKinds.FirstOrDefault(k => k.Kind == kind).Label ?? kind;

    public static string IssueStatus(string status) => status switch
    {
        "OPEN" => "Open: an operator will look at it",
        "RESOLVED" => "Resolved",
        _ => status,
    };

    /// <summary>Who bears a refund an operator grants.</summary>
    public static string ChargedTo(string party) => party switch
    {
        "RUNNER" => "The runner (from their earnings)",
        "RESTAURANT" => "The restaurant (from its earnings)",
        "PLATFORM" => "CampusG (nobody's earnings)",
        _ => party,
    };

    public static string SplitStatus(string status) => status switch
    {
        "PENDING" => "held until delivery",
        "RELEASED" => "released to their earnings",
        "FAILED" => "release failed",
        _ => status,
    };

    /// <summary>Where the money is (GET /v1/orders/{id}/payment).</summary>
    public static string Payment(OrderPayment payment)
    {
        ArgumentNullException.ThrowIfNull(payment);
        return (payment.EscrowStatus, payment.PaymentStatus) switch
        {
            ("HELD", _) => "Payment held in escrow",
            ("RELEASED", _) when payment.RefundedAmount > 0 => "Paid, partly refunded",
            ("RELEASED", _) when payment.Splits is { Count: > 1 } => "Paid to the restaurant and the rider",
            ("RELEASED", _) => "Paid to the runner",
            ("REFUNDED", _) => "Payment refunded",
            (_, "FAILED") => "Payment failed: nothing was charged",
            (_, "AUTHORIZED") => "Payment authorized",
            _ => "Payment being confirmed",
        };
    }

    /// <summary>What is wrong with a fee as typed, by the API's rule (0.00–999.99, two decimals), or null.</summary>
    public static string? FeeProblem(decimal? fee) => fee switch
    {
        null => null,
        < 0m or > 999.99m => "Must be between 0.00 and 999.99.",
        { } amount when decimal.Round(amount, 2) != amount => "Must have at most 2 decimal places.",
        _ => null,
    };

    public static string Money(decimal amount) => "S$" + amount.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>The id's last 8 hex digits: ids are UUIDv7, whose first digits are the time and alike for orders placed together.</summary>
    public static string ShortId(Guid id) => id.ToString("N")[^8..];

    public static string ShortId(string id) => Guid.TryParse(id, out var guid) ? ShortId(guid) : id;

    /// <summary>A card brand as people write it (<c>visa</c> → Visa).</summary>
    public static string Brand(string brand) => brand.Length == 0 ? brand : char.ToUpperInvariant(brand[0]) + brand[1..];
}

/// <summary>One step a runner reports; <paramref name="ProofKind"/> is the photo it needs first (<c>receipt</c>, <c>delivery</c>).</summary>
public sealed record RunnerStep(string Status, string Label, string? ProofKind);
