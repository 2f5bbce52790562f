using CampusG.Messaging;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.Riders.Contracts;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

/// <summary>
/// The dispatcher's assignment, decided exactly like a runner's accept (<see cref="Order.Accept"/>: one guarded change,
/// so against a manual accept or a cancel only one wins). When it applies the order is RIDER_ASSIGNED and
/// <c>order.accepted</c> goes out; when it does not, nothing changes and the dispatcher learns why from the order's events.
/// </summary>
internal sealed class RiderAssignedHandler(OrdersDbContext db, TimeProvider time) : IMessageHandler<RiderAssigned>
{
    public async Task HandleAsync(RiderAssigned message, IMessageContext context, CancellationToken cancellationToken)
    {
        var order = await db.FindWithTimelineAsync(message.OrderId, cancellationToken);
        if (order is { IsMenu: true } && order.Accept(message.RiderId, time.GetUtcNow().UtcDateTime) == Transition.Applied)
        {
            context.Send(OrderMessages.Accepted(order));
        }
    }
}

/// <summary>The dispatcher's ETA from the rider's distance: the order's <c>eta</c> follows it until pickup.</summary>
internal sealed class RiderEtaChangedHandler(OrdersDbContext db, TimeProvider time) : IMessageHandler<RiderEtaChanged>
{
    public async Task HandleAsync(RiderEtaChanged message, IMessageContext context, CancellationToken cancellationToken)
    {
        var order = await db.Orders.SingleOrDefaultAsync(o => o.Id == message.OrderId, cancellationToken);
        order?.UpdateEta(message.Eta.UtcDateTime, time.GetUtcNow().UtcDateTime);
    }
}
