using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.ServiceDefaults;

namespace CampusG.Tracking.Features;

/// <summary>Projects the Orders module's events onto the order view.</summary>
internal sealed class OrderEventsProjection(OrderViewStore store)
    : IMessageHandler<OrderCreated>, IMessageHandler<OrderUpdated>, IMessageHandler<OrderCancelled>
{
    public Task HandleAsync(OrderCreated message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => view.Create(
            message.CustomerId, Money.ToMinor(message.FoodFee + message.DeliveryFee), message.CreatedAt.UtcDateTime), cancellationToken);

    public Task HandleAsync(OrderUpdated message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => view.Update(
            message.CustomerId, message.RunnerId, message.Status, message.PreviousStatus, message.AcceptanceExpiresAt?.UtcDateTime, message.At.UtcDateTime), cancellationToken);

    public Task HandleAsync(OrderCancelled message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => view.Cancel(message.CustomerId, message.Reason, message.At.UtcDateTime), cancellationToken);
}
