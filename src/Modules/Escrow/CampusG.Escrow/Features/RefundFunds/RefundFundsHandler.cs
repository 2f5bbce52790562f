using CampusG.Escrow.Contracts;
using CampusG.Escrow.Domain;
using CampusG.Escrow.Persistence;
using CampusG.Messaging;
using CampusG.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Escrow.Features;

/// <summary>Gives held funds back once; replies with the amount this order got back (0 if nothing was held).</summary>
internal sealed class RefundFundsHandler(EscrowDbContext db, TimeProvider time) : IMessageHandler<RefundFunds>
{
    public async Task HandleAsync(RefundFunds message, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.OrderId == message.OrderId, cancellationToken);
        if (account?.Refund(now.UtcDateTime) == true)
        {
            db.Ledger.AddRange(LedgerEntry.Transfer(
                new($"refund:{account.OrderId}", LedgerKinds.Refund, now.UtcDateTime, account.OrderId),
                LedgerAccounts.EscrowOf(account.OrderId), LedgerAccounts.CustomerOf(account.CustomerId), account.AmountMinor));
        }

        var refunded = account?.Status == EscrowStatuses.Refunded ? Money.FromMinor(account.AmountMinor) : 0m;
        context.Send(new FundsRefunded(message.OrderId, account?.Id, refunded, now));
    }
}
