using CampusG.Escrow.Contracts;
using CampusG.Escrow.Domain;
using CampusG.Escrow.Persistence;
using CampusG.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Escrow.Features;

/// <summary>A delivery-fee boost grows the hold once, while it is HELD (from the customer, or the platform); a repeated command repeats the reply.</summary>
internal sealed class IncreaseHoldHandler(EscrowDbContext db, TimeProvider time) : IMessageHandler<IncreaseHold>
{
    public async Task HandleAsync(IncreaseHold message, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var transactionId = $"boost:{message.BoostId}";
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.OrderId == message.OrderId, cancellationToken);
        var booked = await LedgerBook.HasAsync(db, transactionId, cancellationToken);
        var increment = Money.ToMinor(message.Increment);
        if (account is not null && !booked && account.Grow(increment, now.UtcDateTime))
        {
            db.Ledger.AddRange(LedgerEntry.Transfer(
                new(transactionId, LedgerKinds.HoldIncrease, now.UtcDateTime, account.OrderId),
                message.FundedByPlatform ? LedgerAccounts.ThePlatform : LedgerAccounts.CustomerOf(account.CustomerId), LedgerAccounts.EscrowOf(account.OrderId), increment));
            booked = true;
        }

        if (booked)
        {
            context.Send(new HoldIncreased(message.OrderId, message.BoostId, message.Increment, Money.FromMinor(account!.AmountMinor), now));
        }
        else
        {
            context.Send(new HoldIncreaseRejected(message.OrderId, message.BoostId, account?.Status ?? ReleaseFundsHandler.NoAccount, now));
        }
    }
}
