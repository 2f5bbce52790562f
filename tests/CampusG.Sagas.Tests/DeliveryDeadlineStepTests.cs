using CampusG.Escrow.Contracts;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Domain;
using CampusG.Timers.Contracts;
using static CampusG.Sagas.Tests.CreateOrderFlow;
using static CampusG.Sagas.Tests.LifecycleFlow;

namespace CampusG.Sagas.Tests;

/// <summary>An errand's delivery deadline in the saga steps: the accept starts its timer, a DELIVERY_TIMEOUT cancel undoes everything.</summary>
public sealed class DeliveryDeadlineStepTests
{
    private static readonly DateTimeOffset Deadline = Now.AddHours(2);
    private readonly LifecycleFlow _flow = new();

    private OrderAccepted AcceptedWithDeadline => _flow.Accepted with { DeliveryDeadline = Deadline };

    [Fact]
    public void AnErrandAccepted_StopsTheWindow_StartsTheRoundsDeliveryDeadline_AndTellsTheCustomer()
    {
        var result = AcceptOrderSaga.On(AcceptOrderSaga.Initial(_flow.OrderId, _flow.CustomerId), AcceptedWithDeadline, Now);

        Assert.Equal(
            [
                new StopTimer(_flow.TimerId(1)),
                new StartTimer(OrderTimers.DeliveryTimerId(_flow.OrderId, 1), _flow.OrderId, TimerPurposes.DeliveryDeadline, Deadline),
                new SendNotification(
                    AcceptOrderSaga.AcceptedNotificationId(_flow.OrderId, 1), _flow.CustomerId, _flow.OrderId,
                    NotificationTemplates.OrderAccepted, AcceptOrderSaga.AcceptedText),
            ],
            Messages(result));
        Assert.Equal("round 1: sent timer.stop, timer.start, notification.send", result.Outcome);
    }

    [Fact]
    public void AnAcceptInRoundTwo_StartsRoundTwosDeadline_AndCompletesOnItsThreeReplies()
    {
        var state = AcceptOrderSaga.On(AcceptOrderSaga.Initial(_flow.OrderId, _flow.CustomerId), AcceptedWithDeadline, Now).State;
        state = AcceptOrderSaga.On(state with { Status = SagaStates.Completed }, _flow.AcceptanceCancelled(2), Now).State with { Status = SagaStates.Completed };
        var accepted = AcceptOrderSaga.On(state, AcceptedWithDeadline with { RunnerId = Guid.NewGuid() }, Now);
        var deadline = OrderTimers.DeliveryTimerId(_flow.OrderId, 2);

        var started = AcceptOrderSaga.On(accepted.State, new TimerStarted(deadline, _flow.OrderId, TimerPurposes.DeliveryDeadline, Deadline), Now);
        var stopped = AcceptOrderSaga.On(started.State, _flow.TimerStopped(2), Now);
        var done = AcceptOrderSaga.On(stopped.State, _flow.Sent(AcceptOrderSaga.AcceptedNotificationId(_flow.OrderId, 2), "x"), Now);

        Assert.Contains(new StartTimer(deadline, _flow.OrderId, TimerPurposes.DeliveryDeadline, Deadline), Messages(accepted));
        Assert.Equal(SagaStates.Running, stopped.State.Status);
        Assert.Equal(SagaStates.Completed, done.State.Status);
        Assert.False(AcceptOrderSaga.On(accepted.State, new TimerStarted(OrderTimers.DeliveryTimerId(_flow.OrderId, 1), _flow.OrderId, TimerPurposes.DeliveryDeadline, Deadline), Now).Applied);
    }

    [Fact]
    public void DeliveryTimeout_CancelsTheDeadlineTimer_RefundsRevertsAndTellsTheCustomerWhy()
    {
        var timer = OrderTimers.DeliveryTimerId(_flow.OrderId, 1);
        var result = CancelOrderSaga.Start(new CancelledByParty(_flow.OrderId, _flow.CustomerId, timer, CancellationReasons.DeliveryTimeout, OrderKinds.Errand));
        object[] replies =
        [
            new TimerCancelled(timer, _flow.OrderId, TimerPurposes.DeliveryDeadline, TimerStatuses.Fired, Now), _flow.Refunded, _flow.Reverted,
            _flow.Sent(CancelOrderSaga.CancelledNotificationId(_flow.OrderId), "x"),
        ];
        var state = result.State;
        foreach (var reply in replies)
        {
            state = CancelOrderSaga.On(state, reply, Now).State;
        }

        Assert.Equal(
            [
                new CancelTimer(timer),
                new RefundFunds(_flow.OrderId, CancellationReasons.DeliveryTimeout),
                new RevertPayment(_flow.OrderId, CancellationReasons.DeliveryTimeout),
                new SendNotification(
                    CancelOrderSaga.CancelledNotificationId(_flow.OrderId), _flow.CustomerId, _flow.OrderId,
                    NotificationTemplates.OrderCancelled, CancelOrderSaga.DeliveryTimeoutText),
            ],
            Messages(result));
        Assert.Equal(SagaStates.Completed, state.Status);
    }

    [Fact]
    public void DeliveryTimeout_AfterTheAcceptanceTimeoutLostToTheRunner_StartsAnew()
    {
        var lost = CancelOrderSaga.On(
            CancelOrderSaga.Start(new WindowTimedOut(_flow.OrderId, _flow.TimerId(1), 1, CancellationReasons.Timeout, OrderStatuses.Created)).State,
            _flow.CancelRejected,
            Now).State;

        var result = CancelOrderSaga.On(
            lost, new CancelledByParty(_flow.OrderId, _flow.CustomerId, OrderTimers.DeliveryTimerId(_flow.OrderId, 1), CancellationReasons.DeliveryTimeout, OrderKinds.Errand), Now);

        Assert.Equal(SagaStates.Completed, lost.Status);
        Assert.Equal((SagaStates.Running, CancellationReasons.DeliveryTimeout), (result.State.Status, result.State.Reason));
        Assert.Equal(4, result.Commands.Count);
    }
}
