using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Sagas.Definitions;

namespace CampusG.Sagas.Features;

/// <summary>Every status a runner reports notifies the customer (<see cref="StatusNotifications"/>); no saga needed.</summary>
internal sealed class StatusNotificationHandler : IMessageHandler<OrderStatusUpdated>
{
    public Task HandleAsync(OrderStatusUpdated message, IMessageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (StatusNotifications.For(message) is { } notification)
        {
            context.Send(notification);
        }

        return Task.CompletedTask;
    }
}
