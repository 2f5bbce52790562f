using CampusG.Messaging;
using CampusG.PaymentGateway;
using CampusG.Payments.Contracts;
using CampusG.Payments.Domain;
using CampusG.Payments.Persistence;
using Microsoft.Extensions.Logging;

namespace CampusG.Payments.Features;

/// <summary>
/// Gives the customer their money back, once, and replies with the payment's status now: the
/// authorization is voided, or, when a release already captured it (its payout then failed and the
/// payment stayed in escrow), the charge is refunded. A payment still waiting for an authorization
/// retry fails instead, so the pending retry timer finds nothing to do.
/// </summary>
/// <remarks>
/// The calls use the idempotency keys <c>void:{orderId}</c> and <c>refund:{orderId}</c>: when the
/// transaction rolls back after the call, the redelivered command repeats it with the same key and
/// the gateway repeats its outcome. A failed call throws, so the messaging pipeline retries it and
/// finally dead-letters it for an operator; the payment stays refundable until a call succeeds.
/// </remarks>
internal sealed class RevertPaymentHandler(
    PaymentsDbContext db, TimeProvider time, IPaymentGateway gateway, ILogger<RevertPaymentHandler> logger) : IMessageHandler<RevertPayment>
{
    public const string NoPayment = "NONE";

    public async Task HandleAsync(RevertPayment message, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var payment = await db.FindByOrderAsync(message.OrderId, cancellationToken);
        if (payment is null)
        {
            context.Send(new PaymentReverted(message.OrderId, null, NoPayment, now), message.OrderId.ToString());
            return;
        }

        if (payment.CanBeRefunded)
        {
            await GiveBackAsync(payment, cancellationToken);
            payment.Refund(now.UtcDateTime);
        }
        else if (payment.Status == PaymentStatuses.Initiating)
        {
            payment.Fail(PaymentFailureReasons.ProcessingError, "reverted before authorization", now.UtcDateTime, countsAsAttempt: false);
        }
        else
        {
            PaymentsLog.Ignored(logger, "payment.revert", payment.OrderId, payment.Status);
        }

        var at = PaymentReplies.AsOffset(payment.RefundedAt ?? payment.UpdatedAt);
        context.Send(new PaymentReverted(payment.OrderId, payment.Id, payment.Status, at), payment.OrderId.ToString());
    }

    private async Task GiveBackAsync(Payment payment, CancellationToken cancellationToken)
    {
        var (call, result) = payment.ChargeId is { } chargeId
            ? ("refund", await gateway.RefundAsync(chargeId, payment.AmountMinor, $"refund:{payment.OrderId}", cancellationToken))
            : ("void", await gateway.VoidAsync(payment.AuthorizationId ?? "", $"void:{payment.OrderId}", cancellationToken));
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The gateway did not {call} payment {payment.Id} ({result.FailureCode}, transient: {result.Transient}); the command is retried.");
        }

        PaymentsLog.Refunded(logger, payment.Id, payment.OrderId, result.ReferenceId);
    }
}
