using CampusG.Escrow.Contracts;
using CampusG.Escrow.Domain;
using CampusG.Escrow.Persistence;
using CampusG.Messaging;
using CampusG.ServiceDefaults;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Escrow.Features;

/// <summary>
/// Releases held funds once (to the runner, or split between a menu order's restaurant owner and runner); a
/// repeated command repeats <see cref="FundsReleased"/>.
/// Anything but HELD or RELEASED (refunded, failed, pending, no account) is rejected with its status.
/// </summary>
internal sealed class ReleaseFundsHandler(EscrowDbContext db, TimeProvider time) : IMessageHandler<ReleaseFunds>
{
    /// <summary>The status reported when the order has no escrow account at all.</summary>
    public const string NoAccount = "NONE";

    public async Task HandleAsync(ReleaseFunds message, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var account = await db.Accounts.SingleOrDefaultAsync(a => a.OrderId == message.OrderId, cancellationToken);
        if (account?.Release(message.RunnerId, message.RestaurantOwnerId, now.UtcDateTime) == true)
        {
            db.Movements.AddRange(account.Splits().Select(s => EscrowMovement.Release(account, s.Party, s.PartyId, s.AmountMinor, now.UtcDateTime)));
        }

        if (account?.Status == EscrowStatuses.Released)
        {
            context.Send(new FundsReleased(
                account.OrderId, account.Id, account.RunnerId!.Value, Money.FromMinor(account.AmountMinor), new DateTimeOffset(account.ReleasedAt!.Value, TimeSpan.Zero),
                [.. account.Splits().Select(s => new ReleasedSplit(s.Party, s.PartyId, Money.FromMinor(s.AmountMinor)))]));
        }
        else
        {
            context.Send(new FundsReleaseRejected(message.OrderId, account?.Status ?? NoAccount, now));
        }
    }
}
