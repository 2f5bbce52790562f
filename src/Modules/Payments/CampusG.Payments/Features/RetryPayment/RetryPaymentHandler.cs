using CampusG.Messaging;
using CampusG.Payments.Domain;
using CampusG.Payments.Persistence;
using CampusG.Timers.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CampusG.Payments.Features;

/// <summary>
/// A payment retry timer fired: try the authorization (<see cref="TimerPurposes.PaymentRetry"/>) or the
/// release (<see cref="PayoutSender.PayoutRetryPurpose"/>, whose timer carries the payout id) again. Only the timer of the latest
/// transient failure of a try still under way counts; a late, repeated or other-purpose timer changes nothing.
/// </summary>
internal sealed class RetryPaymentHandler(
    PaymentsDbContext db, PaymentAuthorizer authorizer, PayoutSender payouts, ILogger<RetryPaymentHandler> logger) : IMessageHandler<TimerFired>
{
    public async Task HandleAsync(TimerFired message, IMessageContext context, CancellationToken cancellationToken)
    {
        if (message.Purpose is not (TimerPurposes.PaymentRetry or PayoutSender.PayoutRetryPurpose))
        {
            return;
        }

        if (message.Purpose == PayoutSender.PayoutRetryPurpose)
        {
            var payout = await db.Payouts.SingleOrDefaultAsync(p => p.Id == message.OrderId, cancellationToken);
            if (payout is not null && PayoutSender.IsDue(payout, message.TimerId))
            {
                await payouts.TryAsync(payout, context, cancellationToken);
            }

            return;
        }

        var payment = await db.FindByOrderAsync(message.OrderId, cancellationToken);
        if (payment is not null && PaymentAuthorizer.IsDue(payment, message.TimerId))
        {
            await authorizer.TryAsync(payment, context, cancellationToken);
        }
        else
        {
            PaymentsLog.Ignored(logger, "timer.fired", message.OrderId, payment?.Status ?? "NONE");
        }
    }
}
