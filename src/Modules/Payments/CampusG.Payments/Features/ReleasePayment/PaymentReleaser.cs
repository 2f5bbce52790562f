using CampusG.Messaging;
using CampusG.PaymentGateway;
using CampusG.Payments.Domain;
using CampusG.Timers.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Payments.Features;

/// <summary>
/// One release try of a releasable payment: capture the authorization (once: the charge id is kept),
/// then pay the amount out to the runner. A transient failure is retried on a durable timer while
/// <see cref="PaymentsOptions.RetrySchedule"/> lasts; then, or on a final decline, the release fails
/// and the payment stays in escrow.
/// </summary>
/// <remarks>
/// Like authorization, the gateway calls happen inside the handler's transaction and carry the
/// idempotency keys <c>capture:{orderId}</c> and <see cref="Payment.PayoutIdempotencyKey"/>, so a redelivered
/// try repeats the gateway's outcome and never moves the money twice. An operator's retry after a failed
/// release is a new round (<see cref="Payment.RequestRelease"/>).
/// </remarks>
internal sealed class PaymentReleaser(
    IPaymentGateway gateway, TimeProvider time, IOptions<PaymentsOptions> options, ILogger<PaymentReleaser> logger)
{
    /// <summary>The timer purpose of a payout retry (<see cref="TimerPurposes.PaymentRetry"/> is the authorization's).</summary>
    public const string PayoutRetryPurpose = "payment.payoutRetry";

    public const string PayoutFailed = "PAYOUT_FAILED";

    /// <summary>The timer that starts try <paramref name="attempt"/> + 1 after transient failure number <paramref name="attempt"/> of release round <paramref name="round"/>.</summary>
    public static Guid RetryTimerId(Guid orderId, int round, int attempt) =>
        DeterministicGuid.Create(round == 0 ? $"payout-retry:{orderId}:{attempt}" : $"payout-retry:{orderId}:{round}:{attempt}");

    /// <summary>True when <paramref name="timerId"/> is the retry the payment's release waits for.</summary>
    public static bool IsDue(Payment payment, Guid timerId) =>
        payment.CanBeReleased && payment.RunnerId is not null && payment.ReleaseFailureReason is null
        && timerId == RetryTimerId(payment.OrderId, payment.ReleaseRound, payment.PayoutAttempts);

    public async Task TryAsync(Payment payment, IMessageContext context, CancellationToken cancellationToken)
    {
        var (step, result) = await CaptureAndPayOutAsync(payment, cancellationToken);
        var now = time.GetUtcNow();
        if (result.Succeeded)
        {
            payment.Release(result.ReferenceId ?? "", now.UtcDateTime);
            PaymentsLog.Released(logger, payment.Id, payment.OrderId, payment.RunnerId, payment.PayoutId ?? "");
        }
        else if (!result.Transient)
        {
            Fail(payment, $"{step}_DECLINED: {result.FailureCode}", now);
        }
        else if (!TryScheduleRetry(payment, result.FailureCode, context, now))
        {
            Fail(payment, PayoutFailed, now);
        }

        PaymentReplies.SendReleaseOutcome(payment.OrderId, payment, context, now);
    }

    private async Task<(string Step, GatewayResult Result)> CaptureAndPayOutAsync(Payment payment, CancellationToken cancellationToken)
    {
        if (payment.ChargeId is null)
        {
            var capture = await gateway.CaptureAsync(
                payment.AuthorizationId ?? "", payment.AmountMinor, $"capture:{payment.OrderId}", cancellationToken);
            if (!capture.Succeeded)
            {
                return ("CAPTURE", capture);
            }

            payment.RecordCapture(capture.ReferenceId ?? "");
        }

        return ("PAYOUT", await gateway.PayoutAsync(
            payment.RunnerPayoutToken ?? "", payment.AmountMinor, payment.Currency, payment.PayoutIdempotencyKey, cancellationToken));
    }

    private bool TryScheduleRetry(Payment payment, string? code, IMessageContext context, DateTimeOffset now)
    {
        var delays = options.Value.RetryDelays();
        if (payment.PayoutAttempts >= delays.Count || !payment.RecordPayoutTransientFailure(now.UtcDateTime))
        {
            return false;
        }

        var dueAt = now + delays[payment.PayoutAttempts - 1];
        context.Send(
            new StartTimer(RetryTimerId(payment.OrderId, payment.ReleaseRound, payment.PayoutAttempts), payment.OrderId, PayoutRetryPurpose, dueAt),
            payment.OrderId.ToString());
        PaymentsLog.RetryScheduled(logger, payment.Id, payment.OrderId, code, payment.PayoutAttempts + 1, dueAt);
        return true;
    }

    private void Fail(Payment payment, string reason, DateTimeOffset now)
    {
        payment.FailRelease(reason, now.UtcDateTime);
        PaymentsLog.ReleaseFailed(logger, payment.Id, payment.OrderId, reason);
    }
}
