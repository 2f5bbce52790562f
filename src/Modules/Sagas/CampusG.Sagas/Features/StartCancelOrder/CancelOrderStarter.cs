using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Engine;
using CampusG.Timers.Contracts;
using Microsoft.Extensions.Logging;

namespace CampusG.Sagas.Features;

/// <summary>
/// Starts the Cancel Order saga when the current round's acceptance timer fires or the customer cancels; both starts
/// need the current round, which is the Accept Order saga's (1 before any accept). The saga's replies reach it
/// through its declared routes (<see cref="CancelOrderSaga.Routes"/>).
/// </summary>
internal sealed partial class CancelOrderStarter(SagaRunner runner, ILogger<CancelOrderStarter> logger) :
    IMessageHandler<TimerFired>,
    IMessageHandler<OrderCancelled>
{
    public async Task HandleAsync(TimerFired message, IMessageContext context, CancellationToken cancellationToken)
    {
        if (message.Purpose != TimerPurposes.OrderAcceptance)
        {
            return;
        }

        var round = await CurrentRoundAsync(message.OrderId, cancellationToken);
        if (message.TimerId != AcceptOrderSaga.AcceptanceTimerId(message.OrderId, round))
        {
            LogStaleTimer(logger, message.TimerId, message.OrderId);
            return;
        }

        // The round goes with the cancel: Orders may already be in the next round (a runner accepted and gave the
        // order back) while this handler still saw the old one.
        var timedOut = new AcceptanceTimedOut(message.OrderId, message.TimerId, round);
        await runner.StartAsync<CancelOrderSaga, CancelOrderState>(timedOut, _ => CancelOrderSaga.Start(timedOut), context, cancellationToken);
    }

    /// <summary>A customer's cancel starts the saga; other cancels are replies (routed) or the Create Order saga's.</summary>
    public async Task HandleAsync(OrderCancelled message, IMessageContext context, CancellationToken cancellationToken)
    {
        if (message.Reason == CancellationReasons.CustomerCancelled)
        {
            var timer = AcceptOrderSaga.AcceptanceTimerId(message.OrderId, await CurrentRoundAsync(message.OrderId, cancellationToken));
            var cancelled = new CustomerCancelled(message.OrderId, message.CustomerId, timer);
            await runner.StartAsync<CancelOrderSaga, CancelOrderState>(cancelled, _ => CancelOrderSaga.Start(cancelled), context, cancellationToken);
        }
    }

    private async Task<int> CurrentRoundAsync(Guid orderId, CancellationToken cancellationToken) =>
        (await runner.ReadAsync<AcceptOrderSaga, AcceptOrderState>(orderId.ToString(), cancellationToken))?.Round ?? 1;

    [LoggerMessage(Level = LogLevel.Debug, Message = "Acceptance timer {TimerId} of order {OrderId} is not the current round's; ignored")]
    private static partial void LogStaleTimer(ILogger logger, Guid timerId, Guid orderId);
}
