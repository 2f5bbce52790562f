using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.ServiceDefaults;
using Microsoft.Extensions.Options;

namespace CampusG.Orders.Features;

/// <summary>
/// Payment is held: PENDING_PAYMENT → CREATED and the acceptance window starts (a menu order: → PLACED, and the
/// restaurant's decision window starts). A repeated command repeats
/// <see cref="OrderUpdated"/>; an order in any other status (or an injected fault) replies <see cref="OrderMarkCreatedFailed"/>.
/// </summary>
internal sealed class MarkOrderCreatedHandler(
    OrdersDbContext db, TimeProvider time, IOptions<OrdersOptions> options, FaultInjection faults) : IMessageHandler<MarkOrderCreated>
{
    public async Task HandleAsync(MarkOrderCreated message, IMessageContext context, CancellationToken cancellationToken)
    {
        if (faults.ShouldFail("order.markCreated"))
        {
            context.Send(new OrderMarkCreatedFailed(message.OrderId, "The order service refused to mark the order created (injected fault)."));
            return;
        }

        var order = await db.FindWithTimelineAsync(message.OrderId, cancellationToken);
        if (order is null)
        {
            context.Send(new OrderMarkCreatedFailed(message.OrderId, "The order does not exist."));
            return;
        }

        var transition = order.MarkCreated(time.GetUtcNow().UtcDateTime, options.Value.Windows);
        if (transition == Transition.Rejected)
        {
            context.Send(new OrderMarkCreatedFailed(order.Id, $"The order is {order.Status}, not {OrderStatuses.PendingPayment}."));
        }
        else
        {
            context.Send(OrderMessages.Updated(order));
        }
    }
}
