using CampusG.Messaging;
using CampusG.Payments.Persistence;
using CampusG.Timers.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CampusG.Payments.Features;

/// <summary>
/// A payout retry timer fired: try the release again. Only the timer of the latest transient failure
/// of a release still under way counts; a late, repeated or other-purpose timer changes nothing.
/// </summary>
internal sealed class RetryPayoutHandler(PaymentsDbContext db, PaymentReleaser releaser, ILogger<RetryPayoutHandler> logger) : IMessageHandler<TimerFired>
{
    public async Task HandleAsync(TimerFired message, IMessageContext context, CancellationToken cancellationToken)
    {
        if (message.Purpose != PaymentReleaser.PayoutRetryPurpose)
        {
            return;
        }

        var payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == message.OrderId, cancellationToken);
        if (payment is null
            || !payment.CanBeReleased
            || payment.RunnerId is null
            || payment.ReleaseFailureReason is not null
            || message.TimerId != PaymentReleaser.RetryTimerId(payment.OrderId, payment.PayoutAttempts))
        {
            PaymentsLog.Ignored(logger, "timer.fired", message.OrderId, payment?.Status ?? "NONE");
            return;
        }

        await releaser.TryAsync(payment, context, cancellationToken);
    }
}
