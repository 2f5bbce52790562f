using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;

namespace CampusG.Orders.Features;

/// <summary>
/// Cancels an order nobody has taken yet (PENDING_PAYMENT or CREATED), guarded by <see cref="CancelOrder.OnlyIfStatus"/>
/// and <see cref="CancelOrder.OnlyIfRound"/>.
/// A repeated command repeats <see cref="OrderCancelled"/> with the stored reason; anything else is <see cref="OrderCancelRejected"/>.
/// </summary>
internal sealed class CancelOrderHandler(OrdersDbContext db, TimeProvider time) : IMessageHandler<CancelOrder>
{
    public async Task HandleAsync(CancelOrder message, IMessageContext context, CancellationToken cancellationToken)
    {
        var order = await db.FindWithTimelineAsync(message.OrderId, cancellationToken);
        if (order is null)
        {
            context.Send(new OrderCancelRejected(message.OrderId, message.Reason, OrderStatuses.NotFound));
            return;
        }

        var guardFails = (message.OnlyIfStatus is { } required && required != order.Status)
            || (message.OnlyIfRound is { } round && round != order.AcceptanceRound);
        var transition = guardFails ? Transition.Rejected : order.Cancel(message.Reason, time.GetUtcNow().UtcDateTime);
        if (transition == Transition.Rejected)
        {
            context.Send(new OrderCancelRejected(order.Id, message.Reason, order.Status, ApiValues.Offset(order.AcceptanceExpiresAt)));
        }
        else
        {
            context.Send(OrderMessages.Cancelled(order));
        }
    }
}
