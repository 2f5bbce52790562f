using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Riders.Domain;

namespace CampusG.Riders.Features;

/// <summary>
/// The dispatcher's reactions to the order's events: a rider request (the restaurant accepted) is offered to the best
/// free rider; a rider's confirmation is told to them; an order taken by someone else or given back goes to the next
/// rider; a delivery that ends frees its rider (and erases their live position) for the next waiting order.
/// </summary>
internal sealed class DispatchHandlers(DeliveryBook book, Dispatcher dispatcher, TimeProvider time) :
    IMessageHandler<OrderRestaurantAccepted>, IMessageHandler<OrderAccepted>, IMessageHandler<OrderAcceptanceCancelled>,
    IMessageHandler<OrderStatusUpdated>, IMessageHandler<OrderCancelled>
{
    private DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task HandleAsync(OrderRestaurantAccepted message, IMessageContext context, CancellationToken cancellationToken)
    {
        var delivery = await book.DeliveryAsync(message.OrderId, message.CustomerId, cancellationToken);
        delivery.RestaurantAccepted(message);
        SendIfAny(context, await dispatcher.OfferAsync(delivery, Now, cancellationToken));
    }

    public async Task HandleAsync(OrderAccepted message, IMessageContext context, CancellationToken cancellationToken)
    {
        var delivery = await book.DeliveryAsync(message.OrderId, message.CustomerId, cancellationToken);
        delivery.KnowCustomer(message.CustomerId, message.Kind);
        var dispatched = delivery.OfferedRiderId == message.RunnerId;
        var displaced = delivery.TakenBy(message.RunnerId, OrderKinds.TakenByRunner(message.Kind), message.At.UtcDateTime);
        var runner = await book.RiderAsync(message.RunnerId, Now, cancellationToken);
        if (dispatched)
        {
            context.Send(DeliveryBook.AssignedNotice(delivery, message.RunnerId));
            SendIfAny(context, book.EtaChange(delivery, runner, Now));
        }

        if (displaced is { } other)
        {
            await FreeAsync(other, delivery.OrderId, context, cancellationToken);
        }
    }

    public async Task HandleAsync(OrderAcceptanceCancelled message, IMessageContext context, CancellationToken cancellationToken)
    {
        var delivery = await book.DeliveryAsync(message.OrderId, message.CustomerId, cancellationToken);
        delivery.GivenBack(message.RunnerId, message.At.UtcDateTime);
        (await book.RiderAsync(message.RunnerId, Now, cancellationToken)).Freed(Now);
        SendIfAny(context, await dispatcher.OfferAsync(delivery, Now, cancellationToken));
    }

    public async Task HandleAsync(OrderStatusUpdated message, IMessageContext context, CancellationToken cancellationToken)
    {
        var delivery = await book.DeliveryAsync(message.OrderId, message.CustomerId, cancellationToken);
        if (delivery.Move(message.Status, message.At.UtcDateTime) && delivery.Ended)
        {
            await FreeAsync(message.RunnerId, delivery.OrderId, context, cancellationToken);
        }
    }

    public async Task HandleAsync(OrderCancelled message, IMessageContext context, CancellationToken cancellationToken)
    {
        var delivery = await book.DeliveryAsync(message.OrderId, message.CustomerId, cancellationToken);
        var runner = delivery.RunnerId;
        var offered = delivery.WithdrawOffer();
        if (!delivery.Move(OrderStatuses.Cancelled, message.At.UtcDateTime))
        {
            return;
        }

        foreach (var riderId in new[] { runner, offered }.OfType<Guid>().Distinct())
        {
            await FreeAsync(riderId, delivery.OrderId, context, cancellationToken);
        }
    }

    /// <summary>The rider is free again: their live position goes, and the longest-waiting order is offered to them.</summary>
    private async Task FreeAsync(Guid riderId, Guid finished, IMessageContext context, CancellationToken cancellationToken)
    {
        var rider = await book.RiderAsync(riderId, Now, cancellationToken);
        rider.Freed(Now);
        SendIfAny(context, await dispatcher.OfferWaitingToAsync(rider, Now, cancellationToken, finished));
    }

    private static void SendIfAny<T>(IMessageContext context, T? message)
        where T : class
    {
        if (message is not null)
        {
            context.Send(message);
        }
    }
}
