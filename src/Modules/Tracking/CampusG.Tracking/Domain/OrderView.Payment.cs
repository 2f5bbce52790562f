using CampusG.Escrow.Contracts;
using CampusG.Payments.Contracts;

namespace CampusG.Tracking.Domain;

/// <summary>The payment and escrow side of the read model (the <c>/payment</c> view).</summary>
internal sealed partial class OrderView
{
    /// <summary><c>payment.authorized</c>: AUTHORIZED, or straight to INESCROW when the hold was seen first.</summary>
    public bool AuthorizePayment(long amountMinor, DateTime at)
    {
        AmountMinor ??= amountMinor;
        if (PaymentStatus != PaymentStatuses.Failed)
        {
            AuthorizedAt ??= at;
        }

        return MovePayment(EscrowStatus == EscrowStatuses.Held ? PaymentStatuses.InEscrow : PaymentStatuses.Authorized);
    }

    /// <summary><c>payment.failed</c>: only a payment that was never authorized can fail.</summary>
    public bool FailPayment() => AuthorizedAt is null && MovePayment(PaymentStatuses.Failed);

    /// <summary><c>payment.reverted</c> with status REFUNDED.</summary>
    public bool RefundPayment(DateTime at)
    {
        RefundedAt ??= at;
        return MovePayment(PaymentStatuses.Refunded);
    }

    /// <summary><c>escrow.fundsHeld</c>: HELD; an authorized payment is now INESCROW.</summary>
    public bool HoldFunds(long amountMinor)
    {
        AmountMinor ??= amountMinor;
        var moved = MoveEscrow(EscrowStatuses.Held);
        if (PaymentStatus == PaymentStatuses.Authorized)
        {
            moved |= MovePayment(PaymentStatuses.InEscrow);
        }

        return moved;
    }

    /// <summary><c>escrow.holdFailed</c>.</summary>
    public bool FailHold() => MoveEscrow(EscrowStatuses.Failed);

    /// <summary><c>escrow.fundsRefunded</c> with an amount: the held money went back to the customer.</summary>
    public bool RefundFunds(DateTime at)
    {
        RefundedAt ??= at;
        return MoveEscrow(EscrowStatuses.Refunded);
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
