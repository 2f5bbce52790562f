using CampusG.Messaging;
using CampusG.Payments.Domain;
using CampusG.Payments.Persistence;
using CampusG.Timers.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CampusG.Payments.Features;

/// <summary>
/// A payment retry timer fired: try the authorization (<see cref="TimerPurposes.PaymentRetry"/>) or the
/// release (<see cref="PaymentReleaser.PayoutRetryPurpose"/>) again. Only the timer of the latest
/// transient failure of a try still under way counts; a late, repeated or other-purpose timer changes nothing.
/// </summary>
internal sealed class RetryPaymentHandler(
    PaymentsDbContext db, PaymentAuthorizer authorizer, PaymentReleaser releaser, ILogger<RetryPaymentHandler> logger) : IMessageHandler<TimerFired>
{
    public async Task HandleAsync(TimerFired message, IMessageContext context, CancellationToken cancellationToken)
    {
        if (message.Purpose is not (TimerPurposes.PaymentRetry or PaymentReleaser.PayoutRetryPurpose))
        {
            return;
        }

        var payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == message.OrderId, cancellationToken);
        if (payment is not null && message.Purpose == TimerPurposes.PaymentRetry && PaymentAuthorizer.IsDue(payment, message.TimerId))
        {
            await authorizer.TryAsync(payment, context, cancellationToken);
        }
        else if (payment is not null && message.Purpose == PaymentReleaser.PayoutRetryPurpose && PaymentReleaser.IsDue(payment, message.TimerId))
        {
            await releaser.TryAsync(payment, context, cancellationToken);
        }
        else
        {
            PaymentsLog.Ignored(logger, "timer.fired", message.OrderId, payment?.Status ?? "NONE");
        }
    }
}
