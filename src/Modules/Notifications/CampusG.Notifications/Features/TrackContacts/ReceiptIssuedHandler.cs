using CampusG.Messaging;
using CampusG.Notifications.Domain;
using CampusG.Notifications.Persistence;
using CampusG.Persistence;
using CampusG.Receipts.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Notifications.Features;

/// <summary>Keeps the newest receipt link of an order, for its confirmation e-mail (which waits for it a while).</summary>
internal sealed class ReceiptIssuedHandler(NotificationsDbContext db) : IMessageHandler<ReceiptIssued>
{
    // On every order's path: compiled, no per-call expression work (issue 18).
    private static readonly CompiledQuery<Func<NotificationsDbContext, Guid, CancellationToken, Task<ReceiptLink?>>> LinkByOrder =
        new(() => EF.CompileAsyncQuery((NotificationsDbContext db, Guid orderId, CancellationToken cancellationToken) =>
            db.ReceiptLinks.SingleOrDefault(r => r.OrderId == orderId)));

    public async Task HandleAsync(ReceiptIssued message, IMessageContext context, CancellationToken cancellationToken)
    {
        var link = await LinkByOrder.For(db)(db, message.OrderId, cancellationToken);
        if (link is null)
        {
            link = ReceiptLink.Create(message.OrderId);
            db.ReceiptLinks.Add(link);
        }

        link.Update(message.Version, message.Url, message.ExpiresAt.UtcDateTime);
    }
}
