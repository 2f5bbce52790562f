using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.ServiceDefaults;
using Microsoft.Extensions.Logging;

namespace CampusG.Orders.Features;

/// <summary>
/// The runner is paid: DELIVERED → COMPLETED, replying <see cref="OrderCompleted"/>. A repeated command repeats the
/// reply; an order in any other status is logged and left as it is.
/// </summary>
internal sealed partial class CompleteOrderHandler(OrdersDbContext db, TimeProvider time, ILogger<CompleteOrderHandler> logger)
    : IMessageHandler<CompleteOrder>
{
    public async Task HandleAsync(CompleteOrder message, IMessageContext context, CancellationToken cancellationToken)
    {
        var order = await db.FindWithTimelineAsync(message.OrderId, cancellationToken);
        var transition = order?.Complete(time.GetUtcNow().UtcDateTime) ?? Transition.Rejected;
        if (order is null || transition == Transition.Rejected)
        {
            LogNotCompletable(logger, message.OrderId, order?.Status ?? OrderStatuses.NotFound);
            return;
        }

        context.Send(new OrderCompleted(
            order.Id, order.CustomerId, order.RunnerId ?? Guid.Empty, Money.FromMinor(order.FoodFeeMinor),
            Money.FromMinor(order.DeliveryFeeMinor), ApiValues.Offset(order.CompletedAt ?? order.UpdatedAt)));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "order.complete for order {OrderId} ignored: the order is {Status}, not DELIVERED")]
    private static partial void LogNotCompletable(ILogger logger, Guid orderId, string status);
}
