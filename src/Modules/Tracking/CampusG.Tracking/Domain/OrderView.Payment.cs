using CampusG.Escrow.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.ServiceDefaults;
using CampusG.Messaging;

namespace CampusG.Tracking.Domain;

/// <summary>The payment and escrow side of the read model (the <c>/payment</c> view).</summary>
internal sealed partial class OrderView
{
    /// <summary><c>payment.authorized</c>: AUTHORIZED, or straight to INESCROW when the hold was seen first.</summary>
    public bool Apply(PaymentAuthorized e)
    {
        ArgumentNullException.ThrowIfNull(e);
        AmountMinor ??= Money.ToMinor(e.Amount);
        if (PaymentStatus != PaymentStatuses.Failed)
        {
            AuthorizedAt ??= e.At.UtcDateTime;
        }

        return MovePayment(EscrowStatus == EscrowStatuses.Held ? PaymentStatuses.InEscrow : PaymentStatuses.Authorized);
    }

    /// <summary><c>payment.failed</c>: only a payment that was never authorized can fail.</summary>
    public bool Apply(PaymentFailed e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return AuthorizedAt is null && MovePayment(PaymentStatuses.Failed) && Failed($"payment {e.Reason}: {e.Detail}");
    }

    /// <summary>
    /// <c>payment.reverted</c>: a refund counts; reverting a payment never authorized (FAILED, NONE) settles a
    /// cancelled order's payment as FAILED (nothing was charged) and otherwise changes nothing.
    /// </summary>
    public bool Apply(PaymentReverted e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Status != PaymentStatuses.Refunded)
        {
            return Status == OrderStatuses.Cancelled && NothingCharged() && Failed("order cancelled before payment");
        }

        return MovePayment(PaymentStatuses.Refunded) && Refunded(e.At);
    }

    /// <summary><c>escrow.fundsHeld</c>: HELD; an authorized payment is now INESCROW.</summary>
    public bool Apply(FundsHeld e)
    {
        ArgumentNullException.ThrowIfNull(e);
        AmountMinor ??= Money.ToMinor(e.Amount);
        var moved = MoveEscrow(EscrowStatuses.Held);
        if (EscrowStatus == EscrowStatuses.Held && PaymentStatus == PaymentStatuses.Authorized)
        {
            moved |= MovePayment(PaymentStatuses.InEscrow);
        }

        return moved;
    }

    /// <summary><c>escrow.holdFailed</c>.</summary>
    public bool Apply(FundsHoldFailed e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return MoveEscrow(EscrowStatuses.Failed) && Failed($"escrow: {e.Reason}");
    }

    /// <summary>
    /// <c>escrow.fundsRefunded</c>: a refund with an amount counts; a refund of nothing (0) settles a cancelled
    /// order's escrow as FAILED (nothing was held) and otherwise changes nothing.
    /// </summary>
    public bool Apply(FundsRefunded e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Amount <= 0)
        {
            return Status == OrderStatuses.Cancelled && NothingHeld() && Failed("order cancelled before the hold");
        }

        return MoveEscrow(EscrowStatuses.Refunded) && Refunded(e.At);
    }

    /// <summary><c>payment.captured</c>: the platform took the money it owes the payees; RELEASED is final.</summary>
    public bool Apply(PaymentCaptured e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return MovePayment(PaymentStatuses.Released) && Released(e.At);
    }

    /// <summary><c>escrow.fundsReleased</c>: the escrow went into the payees' earnings (less what went back to the customer); RELEASED is final.</summary>
    public bool Apply(FundsReleased e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (!MoveEscrow(EscrowStatuses.Released))
        {
            return false;
        }

        (AmountMinor, PriceRefundMinor) = (Money.ToMinor(e.Amount), Money.ToMinor(e.CustomerRefund));
        return Released(e.At);
    }

    /// <summary><c>escrow.holdIncreased</c>: a delivery-fee boost grew the hold (the amounts are absolute, so a repeat changes nothing).</summary>
    public bool Apply(HoldIncreased e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (StatusRanks.Escrow(EscrowStatus) == StatusRanks.Final)
        {
            return false;
        }

        AmountMinor = Money.ToMinor(e.Amount);
        DeliveryFeeMinor = AmountMinor - (FoodFeeMinor ?? 0);
        return true;
    }

    /// <summary><c>payment.refunded</c>: a problem report's refund reached the card (the total only grows, so a repeat changes nothing).</summary>
    public bool Apply(PaymentRefunded e)
    {
        ArgumentNullException.ThrowIfNull(e);
        IssueRefundedMinor = Math.Max(IssueRefundedMinor, Money.ToMinor(e.TotalRefunded));
        return true;
    }

    /// <summary>What went back to the customer: everything when the escrow was refunded, else what the receipt saved and what problem reports refunded.</summary>
    public long RefundedMinor => EscrowStatus == EscrowStatuses.Refunded ? AmountMinor ?? 0 : PriceRefundMinor + IssueRefundedMinor;

    /// <summary>
    /// Who the escrow pays what: an errand's runner the whole amount less what the receipt saved the customer; a menu order's restaurant owner the food fee and
    /// its rider the delivery fee. A payee appears once known (the rider once one accepted); each split is RELEASED
    /// with the escrow, FAILED when the escrow was refunded or never held, PENDING until then.
    /// </summary>
    public IReadOnlyList<(string Party, Guid PartyId, long AmountMinor, string Status)> Splits()
    {
        var status = EscrowStatus switch
        {
            EscrowStatuses.Released => SplitStatuses.Released,
            EscrowStatuses.Refunded or EscrowStatuses.Failed => SplitStatuses.Failed,
            _ => SplitStatuses.Pending,
        };
        List<(string, Guid, long, string)> splits = [];
        if (Kind == OrderKinds.Menu && RestaurantOwnerId is { } owner)
        {
            splits.Add((SplitParties.Restaurant, owner, FoodFeeMinor ?? 0, status));
        }

        if (RunnerId is { } runner)
        {
            splits.Add((SplitParties.Runner, runner, Kind == OrderKinds.Menu ? DeliveryFeeMinor ?? 0 : (AmountMinor ?? 0) - PriceRefundMinor, status));
        }

        return splits;
    }

    /// <summary>
    /// An order cancelled before anything was charged or held: a payment still INITIATING and an escrow still
    /// PENDING become FAILED, so the view says nothing was taken instead of waiting for ever.
    /// </summary>
    private void SettleUnpaid(string reason)
    {
        if (NothingCharged() | NothingHeld())
        {
            Failed(reason);
        }
    }

    private bool NothingCharged() => PaymentStatus == PaymentStatuses.Initiating && MovePayment(PaymentStatuses.Failed);

    private bool NothingHeld() => EscrowStatus == EscrowStatuses.Pending && MoveEscrow(EscrowStatuses.Failed);

    /// <summary>The first release that moved a status dates it.</summary>
    private bool Released(DateTimeOffset at)
    {
        ReleasedAt ??= at.UtcDateTime;
        return true;
    }

    /// <summary>Only a refund that moved a status dates it: a late one after a release changes nothing.</summary>
    private bool Refunded(DateTimeOffset at)
    {
        RefundedAt ??= at.UtcDateTime;
        return true;
    }

    private bool Failed(string reason)
    {
        FailureReason ??= reason.Length > 300 ? reason[..300] : reason;
        return true;
    }

    private bool MovePayment(string status)
    {
        if (StatusRanks.Payment(status) <= StatusRanks.Payment(PaymentStatus))
        {
            return false;
        }

        PaymentStatus = status;
        return true;
    }

    private bool MoveEscrow(string status)
    {
        if (StatusRanks.Escrow(status) <= StatusRanks.Escrow(EscrowStatus))
        {
            return false;
        }

        EscrowStatus = status;
        return true;
    }
}

internal static class SplitStatuses
{
    public const string Pending = "PENDING";
    public const string Released = "RELEASED";
    public const string Failed = "FAILED";
}
