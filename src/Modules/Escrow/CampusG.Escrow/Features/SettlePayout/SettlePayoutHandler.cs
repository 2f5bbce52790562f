using CampusG.Escrow.Contracts;
using CampusG.Escrow.Domain;
using CampusG.Escrow.Persistence;
using CampusG.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Escrow.Features;

/// <summary>
/// Settles a payout once: paid, the money leaves the ledger for the payee's card; failed, it goes back into their balance
/// with the reason. A repeated command repeats <see cref="PayoutSettled"/>.
/// </summary>
internal sealed class SettlePayoutHandler(EscrowDbContext db, TimeProvider time) : IMessageHandler<SettlePayout>
{
    public async Task HandleAsync(SettlePayout message, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var payout = await db.Payouts.SingleOrDefaultAsync(p => p.Id == message.PayoutId, cancellationToken);
        if (payout is null)
        {
            return;
        }

        if (payout.Settle(message.Paid, message.Reason, now))
        {
            var (kind, to) = message.Paid
                ? (LedgerKinds.PayoutPaid, LedgerAccounts.PaidOutOf(payout.UserId))
                : (LedgerKinds.PayoutReturned, LedgerAccounts.EarningsOf(payout.UserId));
            db.Ledger.AddRange(LedgerEntry.Transfer(
                new($"payout-settled:{payout.Id}", kind, now, PayoutId: payout.Id), LedgerAccounts.InFlightOf(payout.UserId), to, payout.AmountMinor));
            if (!message.Paid && await db.Payees.SingleOrDefaultAsync(p => p.UserId == payout.UserId, cancellationToken) is { } payee)
            {
                payee.Touch();
            }
        }

        context.Send(new PayoutSettled(
            payout.Id, payout.UserId, Money.FromMinor(payout.AmountMinor), payout.Status, payout.FailureReason,
            new DateTimeOffset(payout.SettledAt ?? now, TimeSpan.Zero)));
    }
}
