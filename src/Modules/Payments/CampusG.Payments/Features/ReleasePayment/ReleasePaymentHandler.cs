using CampusG.Messaging;
using CampusG.Payments.Contracts;
using CampusG.Payments.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Payments.Features;

/// <summary>
/// Releases the order's payment to the runner, once: the first command (or the first of a new round after
/// a failed release) records the runner's payout token and tries the capture and payout; a repeated command
/// repeats the reply of the payment's status.
/// </summary>
internal sealed class ReleasePaymentHandler(PaymentsDbContext db, TimeProvider time, PaymentReleaser releaser) : IMessageHandler<ReleasePayment>
{
    public async Task HandleAsync(ReleasePayment message, IMessageContext context, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == message.OrderId, cancellationToken);
        if (payment?.RequestRelease(message.RunnerId, message.RunnerPayoutToken, message.Round) == true)
        {
            await releaser.TryAsync(payment, context, cancellationToken);
            return;
        }

        PaymentReplies.SendReleaseOutcome(message.OrderId, payment, context, time.GetUtcNow());
    }
}
