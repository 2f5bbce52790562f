using CampusG.Messaging;
using CampusG.Payments.Contracts;
using CampusG.Payments.Persistence;
using CampusG.Timers.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CampusG.Payments.Features;

/// <summary>
/// A payment retry timer fired: try the authorization again. Only the timer of the latest transient
/// failure of a still INITIATING payment counts; a late, repeated or other-purpose timer changes nothing.
/// </summary>
internal sealed class RetryPaymentHandler(PaymentsDbContext db, PaymentAuthorizer authorizer, ILogger<RetryPaymentHandler> logger) : IMessageHandler<TimerFired>
{
    public async Task HandleAsync(TimerFired message, IMessageContext context, CancellationToken cancellationToken)
    {
        if (message.Purpose != TimerPurposes.PaymentRetry)
        {
            return;
        }

        var payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == message.OrderId, cancellationToken);
        if (payment is null
            || payment.Status != PaymentStatuses.Initiating
            || message.TimerId != PaymentAuthorizer.RetryTimerId(payment.OrderId, payment.Attempts))
        {
            PaymentsLog.Ignored(logger, "timer.fired", message.OrderId, payment?.Status ?? "NONE");
            return;
        }

        await authorizer.TryAsync(payment, context, cancellationToken);
    }
}
