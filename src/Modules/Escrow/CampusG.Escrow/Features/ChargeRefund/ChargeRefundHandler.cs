using CampusG.Escrow.Contracts;
using CampusG.Escrow.Domain;
using CampusG.Escrow.Persistence;
using CampusG.Messaging;

namespace CampusG.Escrow.Features;

/// <summary>
/// Books a problem report's refund once: from the charged payee's earnings (their balance may go below zero: it is
/// taken from what they earn next) or from the platform, to the customer. A repeated command repeats the reply.
/// </summary>
internal sealed class ChargeRefundHandler(EscrowDbContext db, TimeProvider time) : IMessageHandler<ChargeRefund>
{
    /// <summary>The <c>chargedTo</c> of a refund the platform bears (no payee's earnings are touched).</summary>
    public const string Platform = "PLATFORM";

    public async Task HandleAsync(ChargeRefund message, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var transactionId = $"issue-refund:{message.RefundId}";
        var amount = Money.ToMinor(message.Amount);
        if (amount > 0 && !await LedgerBook.HasAsync(db, transactionId, cancellationToken))
        {
            var from = message is { ChargedTo: not Platform, PartyId: { } partyId } ? LedgerAccounts.EarningsOf(partyId) : LedgerAccounts.ThePlatform;
            db.Ledger.AddRange(LedgerEntry.Transfer(
                new(transactionId, LedgerKinds.IssueRefund, now.UtcDateTime, message.OrderId),
                from, LedgerAccounts.CustomerOf(message.CustomerId), amount, message.ChargedTo == Platform ? null : message.ChargedTo));
        }

        context.Send(new RefundCharged(message.OrderId, message.RefundId, message.Amount, message.ChargedTo, now));
    }
}
