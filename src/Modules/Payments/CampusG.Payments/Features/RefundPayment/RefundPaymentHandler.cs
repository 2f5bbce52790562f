using CampusG.Messaging;
using CampusG.PaymentGateway;
using CampusG.Payments.Contracts;
using CampusG.Payments.Domain;
using CampusG.Payments.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Payments.Features;

/// <summary>
/// Refunds part of a captured payment once per refund id (gateway key <c>refund:{refundId}</c>, inside the handler's
/// transaction). A failed gateway call throws, so the message is retried and finally dead-lettered for an operator; a
/// refund above what is left of the capture is refused the same way (Orders checks it before granting).
/// </summary>
internal sealed class RefundPaymentHandler(PaymentsDbContext db, IPaymentGateway gateway, TimeProvider time) : IMessageHandler<RefundPayment>
{
    public async Task HandleAsync(RefundPayment message, IMessageContext context, CancellationToken cancellationToken)
    {
        var refund = await db.Refunds.SingleOrDefaultAsync(r => r.RefundId == message.RefundId, cancellationToken);
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == (refund == null ? message.OrderId : refund.OrderId), cancellationToken);
        if (refund is null)
        {
            var amount = Money.ToMinor(message.Amount);
            if (payment?.ChargeId is not { } chargeId || amount <= 0 || amount > payment.Refundable)
            {
                throw new InvalidOperationException(
                    $"Refund {message.RefundId} of {message.Amount:0.00} does not fit order {message.OrderId}'s capture ({payment?.Status ?? "no payment"}).");
            }

            var result = await gateway.RefundAsync(chargeId, amount, $"refund:{message.RefundId}", cancellationToken);
            if (!result.Succeeded)
            {
                throw new GatewayUnavailableException($"The refund {message.RefundId} failed ({result.FailureCode}, transient: {result.Transient}).");
            }

            var now = time.GetUtcNow().UtcDateTime;
            payment.RecordRefund(amount, now);
            refund = new PaymentRefund { RefundId = message.RefundId, OrderId = message.OrderId, AmountMinor = amount, ReferenceId = result.ReferenceId ?? "", At = now };
            db.Refunds.Add(refund);
        }

        var total = payment?.RefundedMinor ?? refund.AmountMinor;
        context.Send(new PaymentRefunded(
            refund.OrderId, refund.RefundId, Money.FromMinor(refund.AmountMinor), PaymentReplies.AsOffset(refund.At), Money.FromMinor(Math.Max(total, refund.AmountMinor))));
    }
}
