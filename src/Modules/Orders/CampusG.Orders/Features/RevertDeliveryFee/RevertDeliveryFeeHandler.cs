using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

/// <summary>
/// Undoes a delivery-fee boost whose money could not be held: applied only while the order is still CREATED and the
/// boost named is its last one; replies <see cref="DeliveryFeeReverted"/> either way.
/// </summary>
internal sealed class RevertDeliveryFeeHandler(OrdersDbContext db, TimeProvider time) : IMessageHandler<RevertDeliveryFee>
{
    public async Task HandleAsync(RevertDeliveryFee message, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == message.OrderId, cancellationToken);
        var transition = order?.RevertDeliveryFee(message.BoostId, Money.ToMinor(message.DeliveryFee), now.UtcDateTime) ?? Transition.Rejected;
        context.Send(new DeliveryFeeReverted(message.OrderId, message.BoostId, transition == Transition.Applied, now));
    }
}
