using CampusG.Escrow.Contracts;
using CampusG.Messaging;
using CampusG.PaymentGateway;
using CampusG.Payments.Contracts;
using CampusG.Payments.Domain;
using CampusG.Payments.Telemetry;
using CampusG.Timers.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Payments.Features;

/// <summary>
/// One try of a pending payout: the gateway call carries the payout's idempotency key inside the handler's transaction,
/// so a redelivered try repeats the gateway's outcome and never pays twice. A transient failure is retried on a durable
/// timer while <see cref="PaymentsOptions.RetrySchedule"/> lasts; then, or on a decline, the payout fails.
/// </summary>
internal sealed class PayoutSender(
    IPaymentGateway gateway, TimeProvider time, IOptions<PaymentsOptions> options, PaymentsMetrics metrics, ILogger<PayoutSender> logger)
{
    /// <summary>The timer purpose of a payout retry (the timer's order id is the payout's id).</summary>
    public const string PayoutRetryPurpose = "payment.payoutRetry";

    public const string RetriesExhausted = "PAYOUT_RETRIES_EXHAUSTED";

    public static Guid RetryTimerId(Guid payoutId, int attempt) => DeterministicGuid.Create($"payout-retry:{payoutId}:{attempt}");

    /// <summary>True when <paramref name="timerId"/> is the retry the payout waits for.</summary>
    public static bool IsDue(GatewayPayout payout, Guid timerId) =>
        payout.Status == PayoutStatuses.Pending && timerId == RetryTimerId(payout.Id, payout.Attempts);

    public async Task TryAsync(GatewayPayout payout, IMessageContext context, CancellationToken cancellationToken)
    {
        var result = await gateway.PayoutAsync(payout.Token ?? "", payout.AmountMinor, payout.Currency, payout.IdempotencyKey, cancellationToken);
        var now = time.GetUtcNow();
        if (result.Succeeded)
        {
            payout.MarkPaid(result.ReferenceId ?? "", now.UtcDateTime);
            PaymentsLog.PaidOut(logger, payout.Id, payout.UserId, result.ReferenceId);
            metrics.Payout("paid");
        }
        else if (!result.Transient)
        {
            payout.MarkFailed($"PAYOUT_DECLINED: {result.FailureCode}", now.UtcDateTime);
        }
        else if (!TryScheduleRetry(payout, result.FailureCode, context, now))
        {
            payout.MarkFailed(RetriesExhausted, now.UtcDateTime);
        }

        if (payout.Status == PayoutStatuses.Failed)
        {
            PaymentsLog.PayoutFailed(logger, payout.Id, payout.UserId, payout.FailureReason ?? "");
            metrics.Payout("failed");
        }

        SendOutcome(payout, context);
    }

    /// <summary>The reply that matches the payout's status; a pending payout's reply is its retry's.</summary>
    public static void SendOutcome(GatewayPayout payout, IMessageContext context)
    {
        var at = PaymentReplies.AsOffset(payout.UpdatedAt);
        if (payout.Status == PayoutStatuses.Paid)
        {
            context.Send(new PayoutPaid(payout.Id, payout.UserId, Money.FromMinor(payout.AmountMinor), at), payout.Id.ToString());
        }
        else if (payout.Status == PayoutStatuses.Failed)
        {
            context.Send(new PayoutFailed(payout.Id, payout.UserId, payout.FailureReason ?? "", at), payout.Id.ToString());
        }
    }

    private bool TryScheduleRetry(GatewayPayout payout, string? code, IMessageContext context, DateTimeOffset now)
    {
        var delays = options.Value.RetryDelays();
        if (payout.Attempts >= delays.Count)
        {
            return false;
        }

        payout.RecordTransientFailure(now.UtcDateTime);
        var dueAt = now + delays[payout.Attempts - 1];
        context.Send(new StartTimer(RetryTimerId(payout.Id, payout.Attempts), payout.Id, PayoutRetryPurpose, dueAt), payout.Id.ToString());
        PaymentsLog.PayoutRetryScheduled(logger, payout.Id, code, payout.Attempts + 1, dueAt);
        metrics.Payout("retry_scheduled");
        return true;
    }
}
