using CampusG.Messaging;
using CampusG.Orders.Contracts;

namespace CampusG.Riders.Features;

/// <summary>Keeps the delivery's parties and status from the order's own events (nothing to dispatch).</summary>
internal sealed class OrderProgressHandlers(DeliveryBook book) :
    IMessageHandler<OrderCreated>, IMessageHandler<OrderUpdated>, IMessageHandler<OrderReady>, IMessageHandler<OrderCompleted>
{
    public async Task HandleAsync(OrderCreated message, IMessageContext context, CancellationToken cancellationToken)
    {
        var delivery = await book.DeliveryAsync(message.OrderId, message.CustomerId, cancellationToken);
        delivery.Describe(message.CustomerId, message.Kind, message.RestaurantId, message.RestaurantOwnerId, message.DeliveryLocation);
        delivery.Move(OrderStatuses.PendingPayment, message.CreatedAt.UtcDateTime);
    }

    public async Task HandleAsync(OrderUpdated message, IMessageContext context, CancellationToken cancellationToken)
    {
        var delivery = await book.DeliveryAsync(message.OrderId, message.CustomerId, cancellationToken);
        delivery.Move(message.Status, message.At.UtcDateTime);
    }

    public async Task HandleAsync(OrderReady message, IMessageContext context, CancellationToken cancellationToken)
    {
        var delivery = await book.DeliveryAsync(message.OrderId, message.CustomerId, cancellationToken);
        delivery.Ready(message.ReadyAt.UtcDateTime);
    }

    public async Task HandleAsync(OrderCompleted message, IMessageContext context, CancellationToken cancellationToken)
    {
        var delivery = await book.DeliveryAsync(message.OrderId, message.CustomerId, cancellationToken);
        delivery.Move(OrderStatuses.Completed, message.At.UtcDateTime);
    }
}
