using CampusG.Messaging;
using CampusG.Notifications.Domain;
using CampusG.Notifications.Persistence;
using CampusG.Receipts.Contracts;

namespace CampusG.Notifications.Features;

/// <summary>Keeps the newest receipt link of an order, for its confirmation e-mail (which waits for it a while).</summary>
internal sealed class ReceiptIssuedHandler(NotificationsDbContext db) : IMessageHandler<ReceiptIssued>
{
    public async Task HandleAsync(ReceiptIssued message, IMessageContext context, CancellationToken cancellationToken)
    {
        var link = await db.ReceiptLinks.FindAsync([message.OrderId], cancellationToken);
        if (link is null)
        {
            link = ReceiptLink.Create(message.OrderId);
            db.ReceiptLinks.Add(link);
        }

        link.Update(message.Version, message.Url, message.ExpiresAt.UtcDateTime);
    }
}
