using CampusG.Messaging;
using CampusG.PaymentGateway;
using CampusG.Payments.Contracts;
using CampusG.Payments.Domain;
using CampusG.Timers.Contracts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Payments.Features;

/// <summary>
/// One authorization try of an INITIATING payment, and what follows from its outcome: AUTHORIZED,
/// FAILED, or a durable retry timer (Timers module) while <see cref="PaymentsOptions.RetrySchedule"/> lasts.
/// </summary>
/// <remarks>
/// The gateway call happens inside the handler's transaction. If that transaction rolls back after
/// the call (a crash, a concurrency conflict, a batch falling back to one-by-one), nothing of the
/// try is kept, so the message is delivered again and the try repeated. Every try of an order uses
/// the idempotency key <c>authorize:{orderId}</c>, so the gateway repeats its outcome (the same
/// authorization id) and never authorizes the amount twice.
/// </remarks>
internal sealed class PaymentAuthorizer(
    IPaymentGateway gateway, TimeProvider time, IOptions<PaymentsOptions> options, ILogger<PaymentAuthorizer> logger)
{
    public static string IdempotencyKey(Guid orderId) => $"authorize:{orderId}";

    /// <summary>The timer that starts try <paramref name="attempt"/> + 1 after transient failure number <paramref name="attempt"/>.</summary>
    public static Guid RetryTimerId(Guid orderId, int attempt) => DeterministicGuid.Create($"payment-retry:{orderId}:{attempt}");

    /// <summary>True when <paramref name="timerId"/> is the retry the payment waits for (it is still INITIATING).</summary>
    public static bool IsDue(Payment payment, Guid timerId) =>
        payment.Status == PaymentStatuses.Initiating && timerId == RetryTimerId(payment.OrderId, payment.Attempts);

    public async Task TryAsync(Payment payment, IMessageContext context, CancellationToken cancellationToken)
    {
        var result = await gateway.AuthorizeAsync(
            payment.GatewayToken, payment.AmountMinor, payment.Currency, IdempotencyKey(payment.OrderId), cancellationToken);
        var now = time.GetUtcNow();
        if (result.Succeeded)
        {
            payment.Authorize(result.ReferenceId ?? "", now.UtcDateTime);
            PaymentsLog.Authorized(logger, payment.Id, payment.OrderId, payment.AuthorizationId ?? "");
        }
        else if (!result.Transient)
        {
            Fail(payment, ReasonFor(result.FailureCode), DetailFor(result.FailureCode), result.FailureCode, now);
        }
        else if (!TryScheduleRetry(payment, result.FailureCode, context, now))
        {
            Fail(payment, PaymentFailureReasons.ProcessingError, "The card processor kept failing; the payment was not authorized.", result.FailureCode, now);
        }

        PaymentReplies.SendAuthorizationOutcome(payment, context);
    }

    private bool TryScheduleRetry(Payment payment, string? code, IMessageContext context, DateTimeOffset now)
    {
        var delays = options.Value.RetryDelays();
        if (payment.Attempts >= delays.Count || !payment.RecordTransientFailure(now.UtcDateTime))
        {
            return false;
        }

        var dueAt = now + delays[payment.Attempts - 1];
        context.Send(
            new StartTimer(RetryTimerId(payment.OrderId, payment.Attempts), payment.OrderId, TimerPurposes.PaymentRetry, dueAt),
            payment.OrderId.ToString());
        PaymentsLog.RetryScheduled(logger, payment.Id, payment.OrderId, code, payment.Attempts + 1, dueAt);
        return true;
    }

    private void Fail(Payment payment, string reason, string detail, string? code, DateTimeOffset now)
    {
        payment.Fail(reason, detail, now.UtcDateTime);
        PaymentsLog.Failed(logger, payment.Id, payment.OrderId, reason, code);
    }

    private static string ReasonFor(string? code) => code switch
    {
        "insufficient_funds" => PaymentFailureReasons.InsufficientFunds,
        _ => PaymentFailureReasons.Declined,
    };

    private static string DetailFor(string? code) => code switch
    {
        "card_declined" => "The card was declined.",
        "insufficient_funds" => "The card has insufficient funds.",
        _ => $"The card was declined ({code ?? "unknown reason"}).",
    };
}
