using CampusG.Messaging;
using CampusG.Payments.Contracts;
using CampusG.Payments.Domain;
using CampusG.Payments.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Payments.Features;

/// <summary>Pays a payout once: the first command records it and tries; a repeated command repeats the reply of its status.</summary>
internal sealed class PayOutHandler(PaymentsDbContext db, TimeProvider time, PayoutSender sender) : IMessageHandler<PayOut>
{
    public async Task HandleAsync(PayOut message, IMessageContext context, CancellationToken cancellationToken)
    {
        var payout = await db.Payouts.SingleOrDefaultAsync(p => p.Id == message.PayoutId, cancellationToken);
        if (payout is null)
        {
            payout = GatewayPayout.Request(message, time.GetUtcNow().UtcDateTime);
            db.Payouts.Add(payout);
            await sender.TryAsync(payout, context, cancellationToken);
            return;
        }

        PayoutSender.SendOutcome(payout, context);
    }
}
