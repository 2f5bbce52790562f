using CampusG.Messaging;
using CampusG.PaymentGateway;
using CampusG.Payments.Contracts;
using CampusG.Payments.Domain;
using CampusG.Payments.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CampusG.Payments.Features;

/// <summary>
/// Voids the order's authorization, once, and replies with the payment's status now. A payment
/// still waiting for a retry fails instead, so the pending retry timer finds nothing to do.
/// </summary>
/// <remarks>
/// The void uses the idempotency key <c>void:{orderId}</c>: when the transaction rolls back after
/// the call, the redelivered command voids again with the same key and the gateway repeats its
/// outcome. A failed void throws, so the messaging pipeline retries it and finally dead-letters it
/// for an operator; the payment stays refundable until a void succeeds.
/// </remarks>
internal sealed class RevertPaymentHandler(
    PaymentsDbContext db, TimeProvider time, IPaymentGateway gateway, ILogger<RevertPaymentHandler> logger) : IMessageHandler<RevertPayment>
{
    public const string NoPayment = "NONE";

    public async Task HandleAsync(RevertPayment message, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == message.OrderId, cancellationToken);
        if (payment is null)
        {
            context.Send(new PaymentReverted(message.OrderId, null, NoPayment, now), message.OrderId.ToString());
            return;
        }

        if (payment.CanBeRefunded)
        {
            await VoidAsync(payment, cancellationToken);
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

    private async Task VoidAsync(Payment payment, CancellationToken cancellationToken)
    {
        var result = await gateway.VoidAsync(payment.AuthorizationId ?? "", $"void:{payment.OrderId}", cancellationToken);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"The gateway did not void payment {payment.Id} ({result.FailureCode}, transient: {result.Transient}); the command is retried.");
        }

        PaymentsLog.Refunded(logger, payment.Id, payment.OrderId, result.ReferenceId);
    }
}
