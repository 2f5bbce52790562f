using CampusG.Payments.Contracts;

namespace CampusG.Payments.Domain;

/// <summary>
/// After delivery the payment is captured into the platform, which owes it to the payees (their earnings): INESCROW (or
/// AUTHORIZED) → RELEASED, once. Parts of a capture may later be refunded (problem reports); a delivery-fee boost grows
/// the authorization before that.
/// </summary>
internal sealed partial class Payment
{
    public string? ChargeId { get; private set; }

    /// <summary>What the capture took (the authorized amount, or less when an errand's receipt came in lower).</summary>
    public long? CapturedMinor { get; private set; }

    /// <summary>What partial refunds gave back since the capture (each is a <see cref="PaymentRefund"/>).</summary>
    public long RefundedMinor { get; private set; }

    /// <summary>Why the capture was refused; the money stays in escrow for an operator.</summary>
    public string? ReleaseFailureReason { get; private set; }

    /// <summary>True while the money can still be captured.</summary>
    public bool CanBeReleased => Status is PaymentStatuses.Authorized or PaymentStatuses.InEscrow;

    /// <summary>Captures <paramref name="capturedMinor"/> (at most the authorized amount): RELEASED. True only when this call changed it.</summary>
    public bool Capture(string chargeId, long capturedMinor, DateTime now)
    {
        if (!CanBeReleased)
        {
            return false;
        }

        ChargeId ??= chargeId;
        CapturedMinor = Math.Clamp(capturedMinor, 0, AmountMinor);
        Status = PaymentStatuses.Released;
        ReleasedAt = UpdatedAt = now;
        return true;
    }

    /// <summary>The capture was refused; the money stays in escrow (status unchanged) for an operator.</summary>
    public bool FailRelease(string reason, DateTime now)
    {
        if (!CanBeReleased || ReleaseFailureReason is not null)
        {
            return false;
        }

        ReleaseFailureReason = reason;
        UpdatedAt = now;
        return true;
    }

    /// <summary>What may still be refunded of the capture.</summary>
    public long Refundable => (CapturedMinor ?? 0) - RefundedMinor;

    public void RecordRefund(long amountMinor, DateTime now)
    {
        RefundedMinor += amountMinor;
        UpdatedAt = now;
    }

    /// <summary>A delivery-fee boost authorized on top: the amount grows while the payment is still refundable.</summary>
    public bool Grow(long incrementMinor, DateTime now)
    {
        if (!CanBeRefunded)
        {
            return false;
        }

        AmountMinor += incrementMinor;
        UpdatedAt = now;
        return true;
    }
}

/// <summary>A partial refund of a captured payment, once per refund id.</summary>
internal sealed class PaymentRefund
{
    public Guid RefundId { get; init; }

    public Guid OrderId { get; init; }

    public long AmountMinor { get; init; }

    public string ReferenceId { get; init; } = "";

    public DateTime At { get; init; }
}

/// <summary>A delivery-fee boost authorized on top of the order's payment, once per boost id.</summary>
internal sealed class PaymentIncrement
{
    public Guid BoostId { get; init; }

    public Guid OrderId { get; init; }

    public long AmountMinor { get; init; }

    public string AuthorizationId { get; init; } = "";

    public DateTime At { get; init; }
}
