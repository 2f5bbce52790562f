using CampusG.Escrow.Contracts;
using CampusG.Escrow.Domain;
using CampusG.Escrow.Persistence;
using CampusG.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampusG.Escrow.Features;

/// <summary>
/// Releases held funds once into the payees' earnings (the runner's, and a menu order's restaurant owner's), with what an
/// errand's receipt saved back to the customer; a repeated command repeats <see cref="FundsReleased"/>. With
/// <see cref="PayoutOptions.Automatic"/> each payee with a usable card gets a payout of what they just earned.
/// Anything but HELD or RELEASED (refunded, failed, pending, no account) is rejected with its status.
/// </summary>
internal sealed class ReleaseFundsHandler(EscrowDbContext db, TimeProvider time, IOptions<PayoutOptions> payouts) : IMessageHandler<ReleaseFunds>
{
    /// <summary>The status reported when the order has no escrow account at all.</summary>
    public const string NoAccount = "NONE";

    public async Task HandleAsync(ReleaseFunds message, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.OrderId == message.OrderId, cancellationToken);
        if (account?.Release(message.RunnerId, message.RestaurantOwnerId, Money.ToMinor(message.CustomerRefund), now.UtcDateTime) == true)
        {
            await BookAsync(account, context, now.UtcDateTime, cancellationToken);
        }

        if (account?.Status == EscrowStatuses.Released)
        {
            context.Send(new FundsReleased(
                account.OrderId, account.Id, account.RunnerId!.Value, Money.FromMinor(account.AmountMinor), new DateTimeOffset(account.ReleasedAt!.Value, TimeSpan.Zero),
                [.. account.Splits().Select(s => new ReleasedSplit(s.Party, s.PartyId, Money.FromMinor(s.AmountMinor)))],
                Money.FromMinor(account.CustomerRefundMinor)));
        }
        else
        {
            context.Send(new FundsReleaseRejected(message.OrderId, account?.Status ?? NoAccount, now));
        }
    }

    private async Task BookAsync(EscrowAccount account, IMessageContext context, DateTime now, CancellationToken cancellationToken)
    {
        foreach (var (party, partyId, amount) in account.Splits())
        {
            var release = new LedgerEntry.Movement($"release:{account.OrderId}:{party}", LedgerKinds.Release, now, account.OrderId);
            db.Ledger.AddRange(LedgerEntry.Transfer(release, LedgerAccounts.EscrowOf(account.OrderId), LedgerAccounts.EarningsOf(partyId), amount, party));
        }

        if (account.CustomerRefundMinor > 0)
        {
            db.Ledger.AddRange(LedgerEntry.Transfer(
                new($"price-refund:{account.OrderId}", LedgerKinds.PriceRefund, now, account.OrderId),
                LedgerAccounts.EscrowOf(account.OrderId), LedgerAccounts.CustomerOf(account.CustomerId), account.CustomerRefundMinor));
        }

        if (payouts.Value.Automatic)
        {
            foreach (var split in account.Splits().GroupBy(s => s.PartyId))
            {
                await PayOutAutomaticallyAsync(split.Key, split.Sum(s => s.AmountMinor), context, now, cancellationToken);
            }
        }
    }

    /// <summary>What was just earned goes to the payee's card when they have one (never more than their balance).</summary>
    private async Task PayOutAutomaticallyAsync(Guid payeeId, long earnedMinor, IMessageContext context, DateTime now, CancellationToken cancellationToken)
    {
        var payee = await db.Payees.SingleOrDefaultAsync(p => p.UserId == payeeId, cancellationToken);
        if (payee?.CanBePaidOut(now) != true)
        {
            return;
        }

        var amount = Math.Min(earnedMinor, await LedgerBook.BalanceAsync(db, payeeId, cancellationToken));
        if (amount > 0)
        {
            var requested = LedgerBook.RequestPayout(db, payee, amount, automatic: true, now);
            context.Send(requested, requested.PayoutId.ToString());
        }
    }
}
