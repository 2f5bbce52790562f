using System.Text.Json;
using CampusG.Escrow.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;

namespace CampusG.Receipts.Domain;

/// <summary>How each subscribed event moves the summary (the same rules as the order read model's payment view).</summary>
internal sealed partial class OrderReceipt
{
    public void Apply(OrderCreated e)
    {
        CustomerId = e.CustomerId;
        (Kind, Description, PlacedAt) = (e.Kind, e.Description, e.CreatedAt.UtcDateTime);
        FoodFeeMinor ??= Minor(e.FoodFee);
        DeliveryFeeMinor ??= Minor(e.DeliveryFee);
        LinesJson = e.Lines is { Count: > 0 } lines
            ? JsonSerializer.Serialize(lines.Select(l => new ReceiptLine(l.Name, l.UnitPrice, l.Quantity)).ToList())
            : null;
        Status ??= OrderStatuses.PendingPayment;
    }

    /// <summary>Any move but cancellation; a final status is never left.</summary>
    public void Apply(OrderUpdated e)
    {
        CustomerId ??= e.CustomerId;
        if (!IsFinal)
        {
            Status = e.Status;
        }
    }

    public void Apply(OrderCompleted e)
    {
        CustomerId ??= e.CustomerId;
        if (Status != OrderStatuses.Cancelled)
        {
            Status = OrderStatuses.Completed;
        }
    }

    /// <summary>A cancellation before anything was charged or held settles both as FAILED (nothing was taken).</summary>
    public void Apply(OrderCancelled e)
    {
        CustomerId ??= e.CustomerId;
        if (Status == OrderStatuses.Completed)
        {
            return;
        }

        (Status, CancellationReason) = (OrderStatuses.Cancelled, e.Reason);
        if (PaymentStatus == PaymentStatuses.Initiating)
        {
            PaymentStatus = PaymentStatuses.Failed;
        }

        if (EscrowStatus == EscrowStatuses.Pending)
        {
            EscrowStatus = EscrowStatuses.Failed;
        }
    }

    public void Apply(PaymentAuthorized e)
    {
        AmountMinor ??= Minor(e.Amount);
        MovePayment(EscrowStatus == EscrowStatuses.Held ? PaymentStatuses.InEscrow : PaymentStatuses.Authorized);
    }

    public void Apply(PaymentFailed e)
    {
        ArgumentNullException.ThrowIfNull(e);
        MovePayment(PaymentStatuses.Failed);
    }

    /// <summary>A refund counts; reverting a payment never authorized settles a cancelled order's payment as FAILED.</summary>
    public void Apply(PaymentReverted e)
    {
        if (e.Status == PaymentStatuses.Refunded)
        {
            MovePayment(PaymentStatuses.Refunded);
        }
        else if (Status == OrderStatuses.Cancelled && PaymentStatus == PaymentStatuses.Initiating)
        {
            MovePayment(PaymentStatuses.Failed);
        }
    }

    public void Apply(PaymentCaptured e)
    {
        if (MovePayment(PaymentStatuses.Released))
        {
            CapturedMinor = Minor(e.Amount);
        }
    }

    /// <summary>A problem report's refund reached the card; the total only grows.</summary>
    public void Apply(PaymentRefunded e) => IssueRefundedMinor = Math.Max(IssueRefundedMinor, Minor(e.TotalRefunded));

    public void Apply(FundsHeld e)
    {
        AmountMinor ??= Minor(e.Amount);
        MoveEscrow(EscrowStatuses.Held);
        if (PaymentStatus == PaymentStatuses.Authorized)
        {
            MovePayment(PaymentStatuses.InEscrow);
        }
    }

    public void Apply(FundsHoldFailed e)
    {
        ArgumentNullException.ThrowIfNull(e);
        MoveEscrow(EscrowStatuses.Failed);
    }

    public void Apply(FundsRefunded e) => MoveEscrow(e.Amount > 0 ? EscrowStatuses.Refunded : EscrowStatuses.Failed);

    public void Apply(FundsReleased e)
    {
        if (MoveEscrow(EscrowStatuses.Released))
        {
            (ReleasedMinor, PriceRefundMinor) = (Minor(e.Amount), Minor(e.CustomerRefund));
        }
    }

    /// <summary>A delivery-fee boost grew the hold (absolute amounts: a repeat changes nothing).</summary>
    public void Apply(HoldIncreased e)
    {
        if (EscrowStatus != EscrowStatuses.Held && EscrowStatus != EscrowStatuses.Pending)
        {
            return;
        }

        AmountMinor = Minor(e.Amount);
        DeliveryFeeMinor = AmountMinor - (FoodFeeMinor ?? 0);
    }

    public IReadOnlyList<ReceiptLine> Lines() =>
        LinesJson is null ? [] : JsonSerializer.Deserialize<List<ReceiptLine>>(LinesJson) ?? [];

    private bool MovePayment(string status)
    {
        if (Rank(status) <= Rank(PaymentStatus))
        {
            return false;
        }

        PaymentStatus = status;
        return true;
    }

    private bool MoveEscrow(string status)
    {
        if (Rank(status) <= Rank(EscrowStatus))
        {
            return false;
        }

        EscrowStatus = status;
        return true;
    }

    /// <summary>Payment and escrow statuses share one ladder: pending, authorized/held, in escrow, then final.</summary>
    private static int Rank(string status) => status switch
    {
        PaymentStatuses.Initiating or EscrowStatuses.Pending => 0,
        PaymentStatuses.Authorized or EscrowStatuses.Held => 1,
        PaymentStatuses.InEscrow => 2,
        _ => 100,
    };
}
