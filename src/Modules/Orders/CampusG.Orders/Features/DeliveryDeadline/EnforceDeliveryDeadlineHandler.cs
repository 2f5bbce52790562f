using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using Microsoft.Extensions.Logging;

namespace CampusG.Orders.Features;

/// <summary>
/// An errand's delivery deadline passed: one guarded change decides it against the runner's racing report (the
/// order's version token; the loser is retried against fresh state), so an errand is never both cancelled and
/// purchased. Not yet PURCHASED → <see cref="OrderCancelled"/> <c>DELIVERY_TIMEOUT</c> (the Cancel Order saga gives the
/// money back); under way → flagged, <see cref="OrderOverdue"/> and the overdue metric.
/// </summary>
internal sealed partial class EnforceDeliveryDeadlineHandler(
    OrdersDbContext db, TimeProvider time, OrdersMetrics metrics, ILogger<EnforceDeliveryDeadlineHandler> logger) :
    IMessageHandler<EnforceDeliveryDeadline>
{
    public async Task HandleAsync(EnforceDeliveryDeadline message, IMessageContext context, CancellationToken cancellationToken)
    {
        var order = await db.FindWithTimelineAsync(message.OrderId, cancellationToken);
        if (order is null)
        {
            return;
        }

        var wasOverdue = order.IsOverdue;
        switch (order.PassDeliveryDeadline(message.Round, time.GetUtcNow().UtcDateTime))
        {
            case DeadlineOutcome.Cancelled:
                context.Send(OrderMessages.Cancelled(order));
                break;
            case DeadlineOutcome.Overdue:
                if (!wasOverdue)
                {
                    metrics.Overdue();
                    LogOverdue(logger, order.Id, order.Status);
                }

                context.Send(new OrderOverdue(
                    order.Id, order.CustomerId, order.RunnerId!.Value, order.Status, ApiValues.Offset(order.OverdueSince!.Value)));
                break;
            default:
                LogNothingToDo(logger, order.Id, message.Round, order.Status);
                break;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Errand {OrderId} is overdue: its delivery deadline passed while {Status}")]
    private static partial void LogOverdue(ILogger logger, Guid orderId, string status);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Delivery deadline of order {OrderId} round {Round} passed while {Status}; nothing to do")]
    private static partial void LogNothingToDo(ILogger logger, Guid orderId, int round, string status);
}
