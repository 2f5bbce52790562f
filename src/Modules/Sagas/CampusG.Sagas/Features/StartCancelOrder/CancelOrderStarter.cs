using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Engine;
using CampusG.Timers.Contracts;
using Microsoft.Extensions.Logging;

namespace CampusG.Sagas.Features;

/// <summary>
/// Starts the Cancel Order saga when the current window's timer fires (an errand's acceptance, a menu order's
/// restaurant decision or rider window) or a party cancels (the customer, or a restaurant rejecting a menu order), or
/// Orders cancels an errand past its delivery deadline (<c>DELIVERY_TIMEOUT</c>, undone like a party's cancel).
/// The windows for runners come in rounds, and the current round is the Accept Order saga's (1 before any accept).
/// The saga's replies reach it through its declared routes (<see cref="CancelOrderSaga.Routes"/>).
/// </summary>
internal sealed partial class CancelOrderStarter(SagaRunner runner, ILogger<CancelOrderStarter> logger) :
    IMessageHandler<TimerFired>,
    IMessageHandler<OrderCancelled>
{
    public async Task HandleAsync(TimerFired message, IMessageContext context, CancellationToken cancellationToken)
    {
        var window = message.Purpose switch
        {
            TimerPurposes.OrderAcceptance => await RoundWindowAsync(
                message.OrderId, OrderKinds.Errand, CancellationReasons.Timeout, cancellationToken),
            TimerPurposes.RiderWindow => await RoundWindowAsync(
                message.OrderId, OrderKinds.Menu, CancellationReasons.NoRider, cancellationToken),
            TimerPurposes.RestaurantDecision => new WindowTimedOut(
                message.OrderId, OrderTimers.DecisionTimerId(message.OrderId), 0, CancellationReasons.RestaurantTimeout, OrderStatuses.Placed),
            _ => null,
        };
        if (window is null)
        {
            return;
        }

        if (message.TimerId != window.TimerId)
        {
            LogStaleTimer(logger, message.TimerId, message.OrderId);
            return;
        }

        // The round goes with the cancel: Orders may already be in the next round (a runner accepted and gave the
        // order back) while this handler still saw the old one.
        await runner.StartAsync<CancelOrderSaga, CancelOrderState>(window, _ => CancelOrderSaga.Start(window), context, cancellationToken);
    }

    /// <summary>A party's cancel starts the saga; other cancels are replies (routed) or the Create Order saga's.</summary>
    public async Task HandleAsync(OrderCancelled message, IMessageContext context, CancellationToken cancellationToken)
    {
        Guid? timer = (message.Reason, message.Kind) switch
        {
            (CancellationReasons.CustomerCancelled, OrderKinds.Menu) or (CancellationReasons.RestaurantRejected, _) =>
                OrderTimers.DecisionTimerId(message.OrderId),
            (CancellationReasons.CustomerCancelled, _) =>
                OrderTimers.AcceptanceTimerId(message.OrderId, await CurrentRoundAsync(message.OrderId, cancellationToken)),
            // An operator may cancel from any status before DELIVERED: the window timer of that status (one already ended replies as such).
            (CancellationReasons.OperatorCancelled, _) when message.PreviousStatus == OrderStatuses.Placed => OrderTimers.DecisionTimerId(message.OrderId),
            (CancellationReasons.OperatorCancelled, _) =>
                OrderTimers.RunnerWindowTimerId(message.Kind, message.OrderId, await CurrentRoundAsync(message.OrderId, cancellationToken)),
            // Orders cancelled an errand its runner had not bought in time: the deadline timer (already fired) is the round's.
            (CancellationReasons.DeliveryTimeout, _) =>
                OrderTimers.DeliveryTimerId(message.OrderId, await CurrentRoundAsync(message.OrderId, cancellationToken)),
            _ => null,
        };
        if (timer is { } timerId)
        {
            var cancelled = new CancelledByParty(message.OrderId, message.CustomerId, timerId, message.Reason, message.Kind);
            await runner.StartAsync<CancelOrderSaga, CancelOrderState>(cancelled, _ => CancelOrderSaga.Start(cancelled), context, cancellationToken);
        }
    }

    /// <summary>The current round of the window in which runners may take an order of <paramref name="kind"/>; it cancels only an order still open to them.</summary>
    private async Task<WindowTimedOut> RoundWindowAsync(Guid orderId, string kind, string reason, CancellationToken cancellationToken)
    {
        var round = await CurrentRoundAsync(orderId, cancellationToken);
        return new WindowTimedOut(orderId, OrderTimers.RunnerWindowTimerId(kind, orderId, round), round, reason, OrderKinds.OpenToRunners(kind));
    }

    private Task<int> CurrentRoundAsync(Guid orderId, CancellationToken cancellationToken) =>
        DeliveryDeadlineHandler.CurrentRoundAsync(runner, orderId, cancellationToken);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Timer {TimerId} of order {OrderId} is not the current window's; ignored")]
    private static partial void LogStaleTimer(ILogger logger, Guid timerId, Guid orderId);
}
