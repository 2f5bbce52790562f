using CampusG.Escrow.Domain;
using CampusG.Escrow.Persistence;
using CampusG.Messaging;
using CampusG.Users.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Escrow.Features;

/// <summary>Remembers until when a payee's saved card can take payouts (the card itself stays with Users).</summary>
internal sealed class PaymentMethodSavedHandler(EscrowDbContext db) : IMessageHandler<PaymentMethodSaved>
{
    public async Task HandleAsync(PaymentMethodSaved message, IMessageContext context, CancellationToken cancellationToken)
    {
        var payee = await db.Payees.SingleOrDefaultAsync(p => p.UserId == message.UserId, cancellationToken);
        if (payee is null)
        {
            payee = PayeeAccount.Open(message.UserId);
            db.Payees.Add(payee);
        }

        payee.SavePayoutMethod(message.UsableUntil.UtcDateTime);
    }
}
