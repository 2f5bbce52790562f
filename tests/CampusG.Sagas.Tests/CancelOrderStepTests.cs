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

/// <summary>The Cancel Order saga's steps, as pure functions: the timeout path and the customer's cancel.</summary>
public sealed class CancelOrderStepTests
{
    private readonly LifecycleFlow _flow = new();

    private WindowTimedOut TimedOut(int round) => new(_flow.OrderId, _flow.TimerId(round), round, CancellationReasons.Timeout, OrderStatuses.Created);

    private NotificationSent TimedOutSent => _flow.Sent(CancelOrderSaga.TimedOutNotificationId(_flow.OrderId), NotificationTemplates.OrderTimedOut);

    [Fact]
    public void TimedOut_CancelsOnlyIfStillCreated_InTheRoundThatTimedOut()
    {
        var result = CancelOrderSaga.Start(TimedOut(1));

        Assert.Equal([new CancelOrder(_flow.OrderId, CancellationReasons.Timeout, OrderStatuses.Created, OnlyIfRound: 1)], Messages(result));
        Assert.Equal([new CancelOrder(_flow.OrderId, CancellationReasons.Timeout, OrderStatuses.Created, OnlyIfRound: 2)], Messages(CancelOrderSaga.Start(TimedOut(2))));
        Assert.Equal(CancelOrderSteps.CancelOrder, result.State.Step);
    }

    [Fact]
    public void ARejectedCancel_CompletesWithoutSendingAnything()
    {
        var result = CancelOrderSaga.On(CancelOrderSaga.Start(TimedOut(1)).State, _flow.CancelRejected, Now);

        Assert.Empty(result.Commands);
        Assert.Equal(SagaStates.Completed, result.State.Status);
        Assert.StartsWith(CancelOrderSaga.NotCancelledOutcome, result.Outcome, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTimeoutPath_RefundsThenRevertsThenOffersARetry()
    {
        var state = CancelOrderSaga.Start(TimedOut(1)).State;

        var refund = CancelOrderSaga.On(state, _flow.Cancelled(CancellationReasons.Timeout), Now);
        var revert = CancelOrderSaga.On(refund.State, _flow.Refunded, Now);
        var notify = CancelOrderSaga.On(revert.State, _flow.Reverted, Now);
        var done = CancelOrderSaga.On(notify.State, TimedOutSent, Now);

        Assert.Equal([new RefundFunds(_flow.OrderId, CancellationReasons.Timeout)], Messages(refund));
        Assert.Equal([new RevertPayment(_flow.OrderId, CancellationReasons.Timeout)], Messages(revert));
        Assert.Equal(
            [new SendNotification(
                CancelOrderSaga.TimedOutNotificationId(_flow.OrderId), _flow.CustomerId, _flow.OrderId,
                NotificationTemplates.OrderTimedOut, "No runner took your order in time. Your payment was refunded; you can retry it.")],
            Messages(notify));
        Assert.Equal(SagaStates.Completed, done.State.Status);
    }

    [Fact]
    public void AfterARejectedCancel_TheNextRoundsTimeoutStartsAgain_ButTheSameTimerDoesNot()
    {
        var rejected = CancelOrderSaga.On(CancelOrderSaga.Start(TimedOut(1)).State, _flow.CancelRejected, Now).State;

        Assert.False(CancelOrderSaga.On(rejected, TimedOut(1), Now).Applied);
        var again = CancelOrderSaga.On(rejected, TimedOut(2), Now);
        Assert.Equal(SagaStates.Running, again.State.Status);
        Assert.Equal(_flow.TimerId(2), again.State.TimerId);
    }

    [Fact]
    public void CustomerCancelled_CancelsTheTimerRefundsRevertsAndNotifiesAtOnce()
    {
        var result = CancelOrderSaga.Start(new CancelledByParty(_flow.OrderId, _flow.CustomerId, _flow.TimerId(2), CancellationReasons.CustomerCancelled, OrderKinds.Errand));

        Assert.Equal(
            [
                new CancelTimer(_flow.TimerId(2)),
                new RefundFunds(_flow.OrderId, CancellationReasons.CustomerCancelled),
                new RevertPayment(_flow.OrderId, CancellationReasons.CustomerCancelled),
                new SendNotification(
                    CancelOrderSaga.CancelledNotificationId(_flow.OrderId), _flow.CustomerId, _flow.OrderId,
                    NotificationTemplates.OrderCancelled, CancelOrderSaga.CancelledText),
            ],
            Messages(result));
    }

    [Fact]
    public void CustomerCancelled_CompletesWhenAllFourRepliesArrive()
    {
        var state = CancelOrderSaga.Start(new CancelledByParty(_flow.OrderId, _flow.CustomerId, _flow.TimerId(1), CancellationReasons.CustomerCancelled, OrderKinds.Errand)).State;
        object[] replies =
            [_flow.TimerCancelled(1), _flow.Refunded, _flow.Reverted, _flow.Sent(CancelOrderSaga.CancelledNotificationId(_flow.OrderId), "x")];

        var states = replies.Select(r => state = CancelOrderSaga.On(state, r, Now).State).ToList();

        Assert.All(states.Take(3), s => Assert.Equal(SagaStates.Running, s.Status));
        Assert.Equal(SagaStates.Completed, states[^1].Status);
        Assert.False(CancelOrderSaga.On(states[^1], _flow.Refunded, Now).Applied);
    }

    [Fact]
    public void ACustomerCancelWhileTheTimeoutCancelWaits_TakesTheCustomerPath()
    {
        var waiting = CancelOrderSaga.Start(TimedOut(1)).State;

        var result = CancelOrderSaga.On(waiting, new CancelledByParty(_flow.OrderId, _flow.CustomerId, _flow.TimerId(1), CancellationReasons.CustomerCancelled, OrderKinds.Errand), Now);

        Assert.Equal(CancelOrderSteps.CustomerCancel, result.State.Step);
        Assert.Equal(4, result.Commands.Count);
    }

    [Fact]
    public void AStepTimeout_ResendsTheStepsCommand_ThenFails()
    {
        var refund = CancelOrderSaga.On(CancelOrderSaga.Start(TimedOut(1)).State, _flow.Cancelled(CancellationReasons.Timeout), Now).State;

        var retried = CancelOrderSaga.OnStepTimeout(refund, Now, 1);

        Assert.Equal([new RefundFunds(_flow.OrderId, CancellationReasons.Timeout)], Messages(retried));
        Assert.Equal(SagaStates.Failed, CancelOrderSaga.OnStepTimeout(retried.State, Now, 1).State.Status);
    }
}
