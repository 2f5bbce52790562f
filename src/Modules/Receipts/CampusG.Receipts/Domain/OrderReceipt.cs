using CampusG.Escrow.Contracts;
using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;

namespace CampusG.Receipts.Domain;

/// <summary>
/// The module's own summary of one order, built from order, payment and escrow events (statuses only move forwards,
/// so a late or repeated event changes nothing), and the receipt issued for it: one random id, a version per change.
/// </summary>
internal sealed partial class OrderReceipt
{
    private OrderReceipt()
    {
    }

    public Guid OrderId { get; private set; }

    public Guid ReceiptId { get; private set; }

    public Guid? CustomerId { get; private set; }

    public string Kind { get; private set; } = OrderKinds.Errand;

    public string? Description { get; private set; }

    /// <summary>A menu order's lines as JSON (<see cref="ReceiptLine"/>).</summary>
    public string? LinesJson { get; private set; }

    public long? FoodFeeMinor { get; private set; }

    public long? DeliveryFeeMinor { get; private set; }

    public DateTime? PlacedAt { get; private set; }

    /// <summary>The order status as far as this module knows: null until order.created, then PENDING_PAYMENT … final.</summary>
    public string? Status { get; private set; }

    public string? CancellationReason { get; private set; }

    public string PaymentStatus { get; private set; } = PaymentStatuses.Initiating;

    public string EscrowStatus { get; private set; } = EscrowStatuses.Pending;

    public long? AmountMinor { get; private set; }

    public long CapturedMinor { get; private set; }

    public long ReleasedMinor { get; private set; }

    /// <summary>What a receipt with less to pay saved the customer at release.</summary>
    public long PriceRefundMinor { get; private set; }

    /// <summary>What problem reports refunded to the card (a running total).</summary>
    public long IssueRefundedMinor { get; private set; }

    /// <summary>The last issued version (0: none yet).</summary>
    public int Version { get; private set; }

    /// <summary>What the last issued version said (its money and statuses), so only a change issues another.</summary>
    public string? IssuedFingerprint { get; private set; }

    public DateTime? IssuedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public bool IsFinal => Status is OrderStatuses.Completed or OrderStatuses.Cancelled;

    /// <summary>Everything that went back to the customer: the whole amount when the escrow was refunded, else the release's and problem reports' refunds.</summary>
    public long RefundedMinor => EscrowStatus == EscrowStatuses.Refunded ? AmountMinor ?? 0 : PriceRefundMinor + IssueRefundedMinor;

    public long TotalMinor => (FoodFeeMinor ?? 0) + (DeliveryFeeMinor ?? 0);

    public static OrderReceipt Start(Guid orderId, DateTime now) =>
        new() { OrderId = orderId, ReceiptId = Guid.NewGuid(), UpdatedAt = now };

    /// <summary>
    /// The version due now, if any: v1 once the order is open (or final) and its details are known; after that a new
    /// version whenever a final order's settled money or statuses differ from what the last version said.
    /// </summary>
    public bool IsDue()
    {
        if (CustomerId is null || FoodFeeMinor is null || Status is null or OrderStatuses.PendingPayment)
        {
            return false;
        }

        if (!IsFinal)
        {
            return Version == 0;
        }

        return Settled() && Fingerprint() != IssuedFingerprint;
    }

    /// <summary>Marks the next version issued and returns its number.</summary>
    public int Issue(DateTime now)
    {
        Version++;
        IssuedFingerprint = Fingerprint();
        IssuedAt = now;
        return Version;
    }

    public void Touch(DateTime now) => UpdatedAt = now;

    /// <summary>A final order's money is settled once payment and escrow both reached a final status.</summary>
    private bool Settled() =>
        PaymentStatus is PaymentStatuses.Released or PaymentStatuses.Refunded or PaymentStatuses.Failed
        && EscrowStatus is EscrowStatuses.Released or EscrowStatuses.Refunded or EscrowStatuses.Failed;

    private string Fingerprint() =>
        string.Join('|', Status, PaymentStatus, EscrowStatus, TotalMinor, CapturedMinor, ReleasedMinor, RefundedMinor, CancellationReason);

    private static long Minor(decimal amount) => Money.ToMinor(amount);
}

/// <summary>One line of a menu order as the receipt shows it.</summary>
internal sealed record ReceiptLine(string Name, decimal UnitPrice, int Quantity);
