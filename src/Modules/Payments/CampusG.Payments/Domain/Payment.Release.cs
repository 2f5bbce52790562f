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

    /// <summary>The release round this payment is in: 0 for the first, one more for each retry after a failure.</summary>
    public int ReleaseRound { get; private set; }

    /// <summary>
    /// The idempotency key of the payout: <c>payout:{orderId}</c>, and <c>payout:{orderId}:{round}</c> from a round
    /// that followed a declined payout (no money moved, so a new payout may be asked for). After transient failures
    /// the key stays, so a payout the gateway made but could not confirm is not made twice.
    /// </summary>
    public string? PayoutKey { get; private set; }

    /// <summary>The payout's idempotency key (see <see cref="PayoutKey"/>).</summary>
    public string PayoutIdempotencyKey => PayoutKey ?? $"payout:{OrderId}";

    /// <summary>True while the money can still go to the runner.</summary>
    public bool CanBeReleased => Status is PaymentStatuses.Authorized or PaymentStatuses.InEscrow;

    /// <summary>
    /// Records who is paid and where, once per round: true when a release try should run now. A later command of
    /// the same round, or for another runner, changes nothing; a higher round after a failed release starts that
    /// round with <paramref name="payoutToken"/> (the capture, if made, is kept).
    /// </summary>
    public bool RequestRelease(Guid runnerId, string payoutToken, int round = 0)
    {
        if (!CanBeReleased)
        {
            return false;
        }

        if (RunnerId is null)
        {
            RunnerId = runnerId;
            RunnerPayoutToken = payoutToken;
            ReleaseRound = round;
            return true;
        }

        if (RunnerId != runnerId || round <= ReleaseRound || ReleaseFailureReason is null)
        {
            return false; // a repeat, another runner, or a release still under way
        }

        if (ReleaseFailureReason.StartsWith("PAYOUT_DECLINED", StringComparison.Ordinal))
        {
            PayoutKey = $"payout:{OrderId}:{round}";
        }

        ReleaseRound = round;
        RunnerPayoutToken = payoutToken;
        ReleaseFailureReason = null;
        PayoutAttempts = 0;
        return true;
    }

    public void RecordCapture(string chargeId) => ChargeId ??= chargeId;

    /// <summary>
    /// A menu order's payment is captured into the platform, which owes it to the payees (the escrow's splits): RELEASED
    /// without a payout. True only when this call changed it.
    /// </summary>
    public bool Capture(string chargeId, DateTime now)
    {
        if (!CanBeReleased)
        {
            return false;
        }

        ChargeId ??= chargeId;
        Status = PaymentStatuses.Released;
        ReleasedAt = UpdatedAt = now;
        return true;
    }

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
