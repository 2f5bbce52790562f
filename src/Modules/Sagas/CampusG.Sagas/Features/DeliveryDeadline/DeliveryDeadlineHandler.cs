using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Engine;
using CampusG.Timers.Contracts;
using Microsoft.Extensions.Logging;

namespace CampusG.Sagas.Features;

/// <summary>
/// An errand's delivery deadline timer fired (R-RIDE-6): if it is the current acceptance round's (the Accept Order
/// saga's round), Orders is told to enforce it (<see cref="EnforceDeliveryDeadline"/>) and decides cancel or overdue
/// against the runner's reports; a deadline of a round the runner gave back is ignored here, and Orders checks the
/// round again. A cancel comes back as <c>order.cancelled</c> (<c>DELIVERY_TIMEOUT</c>), which starts the Cancel Order saga.
/// </summary>
internal sealed partial class DeliveryDeadlineHandler(SagaRunner runner, ILogger<DeliveryDeadlineHandler> logger) : IMessageHandler<TimerFired>
{
    public async Task HandleAsync(TimerFired message, IMessageContext context, CancellationToken cancellationToken)
    {
        if (message.Purpose != TimerPurposes.DeliveryDeadline)
        {
            return;
        }

        var round = await CurrentRoundAsync(runner, message.OrderId, cancellationToken);
        if (message.TimerId != OrderTimers.DeliveryTimerId(message.OrderId, round))
        {
            LogStaleDeadline(logger, message.TimerId, message.OrderId, round);
            return;
        }

        context.Send(new EnforceDeliveryDeadline(message.OrderId, round));
    }

    /// <summary>The order's current acceptance round, as the Accept Order saga knows it (1 before any give-back).</summary>
    public static async Task<int> CurrentRoundAsync(SagaRunner runner, Guid orderId, CancellationToken cancellationToken) =>
        Math.Max(1, (await runner.ReadAsync<AcceptOrderSaga, AcceptOrderState>(orderId.ToString(), cancellationToken))?.Round ?? 1);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Delivery deadline {TimerId} of order {OrderId} is not round {Round}'s; ignored")]
    private static partial void LogStaleDeadline(ILogger logger, Guid timerId, Guid orderId, int round);
}
