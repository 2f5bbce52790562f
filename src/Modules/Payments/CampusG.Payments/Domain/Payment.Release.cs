using CampusG.Payments.Contracts;

namespace CampusG.Payments.Domain;

/// <summary>The release to the runner: INESCROW (or AUTHORIZED) → RELEASED, once; a failed release leaves the money in escrow.</summary>
internal sealed partial class Payment
{
    public Guid? RunnerId { get; private set; }

    /// <summary>Where the release pays out to; kept so a retry timer can try again.</summary>
    public string? RunnerPayoutToken { get; private set; }

    public string? ChargeId { get; private set; }

    public string? PayoutId { get; private set; }

    /// <summary>Release tries (capture + payout) that failed transiently.</summary>
    public int PayoutAttempts { get; private set; }

    /// <summary>Why the release gave up; the payment stays in escrow for an operator.</summary>
    public string? ReleaseFailureReason { get; private set; }

    /// <summary>True while the money can still go to the runner.</summary>
    public bool CanBeReleased => Status is PaymentStatuses.Authorized or PaymentStatuses.InEscrow;

    /// <summary>Records who is paid, once: a later command for another runner changes nothing.</summary>
    public bool RequestRelease(Guid runnerId, string payoutToken)
    {
        if (!CanBeReleased || RunnerId is not null)
        {
            return false;
        }

        RunnerId = runnerId;
        RunnerPayoutToken = payoutToken;
        return true;
    }

    public void RecordCapture(string chargeId) => ChargeId ??= chargeId;

    public bool Release(string payoutId, DateTime now)
    {
        if (!CanBeReleased)
        {
            return false;
        }

        Status = PaymentStatuses.Released;
        PayoutId = payoutId;
        ReleasedAt = UpdatedAt = now;
        return true;
    }

    /// <summary>A transient capture or payout failure: the payment stays in escrow for the next try.</summary>
    public bool RecordPayoutTransientFailure(DateTime now)
    {
        if (!CanBeReleased || ReleaseFailureReason is not null)
        {
            return false;
        }

        PayoutAttempts++;
        UpdatedAt = now;
        return true;
    }

    /// <summary>The release gave up; the money stays in escrow (status unchanged) for an operator.</summary>
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
}
