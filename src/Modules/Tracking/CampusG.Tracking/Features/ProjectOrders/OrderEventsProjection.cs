using CampusG.Messaging;
using CampusG.Orders.Contracts;

namespace CampusG.Tracking.Features;

/// <summary>Projects the Orders module's events onto the order view.</summary>
internal sealed class OrderEventsProjection(OrderViewStore store)
    : IMessageHandler<OrderCreated>, IMessageHandler<OrderUpdated>, IMessageHandler<OrderCancelled>
{
    public Task HandleAsync(OrderCreated message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(OrderUpdated message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(OrderCancelled message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);
}
