using CampusG.Escrow.Contracts;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Domain;
using CampusG.Timers.Contracts;

namespace CampusG.Sagas.Tests;

/// <summary>The Accept Order and Cancel Order sagas on the real bus: the probe plays every participant.</summary>
public sealed class AcceptAndCancelMessagesTests
{
    [Fact]
    public async Task Accept_StopsTheTimerAndNotifies_AndTheFinishedCreateOrderSagaLogsNothing()
    {
        await using var t = await SagaTestHost.StartAsync();
        var flow = t.Lifecycle;
        await t.CompleteCreateOrderAsync();

        await t.SendAsync(new OrderUpdated(flow.OrderId, flow.CustomerId, flow.RunnerId, OrderStatuses.Accepted, OrderStatuses.Created, null, flow.Accepted.At));
        await t.SendAsync(flow.Accepted);
        var stop = (await t.CommandsAsync<StopTimer>())[0];
        await t.SendAsync(flow.TimerStopped(1));
        await t.ReplyAsync<SendNotification, NotificationSent>(flow.Sent(AcceptOrderSaga.AcceptedNotificationId(flow.OrderId, 1), "x"), 2);
        await t.WaitForStateAsync(SagaStates.Completed, AcceptOrderSaga.Type);

        Assert.Equal(CreateOrderSaga.AcceptanceTimerId(flow.OrderId), stop.TimerId);
        Assert.Equal(NotificationTemplates.OrderAccepted, (await t.CommandsAsync<SendNotification>())[1].Template);
        Assert.Equal(7, (await t.StepsAsync()).Count);
    }

    [Fact]
    public async Task ARunnerCancel_StartsTheNextRoundsTimer_AndAStaleTimerCancelsNothing()
    {
        await using var t = await SagaTestHost.StartAsync();
        var flow = t.Lifecycle;
        await t.SendAsync(flow.Accepted);
        await t.ReplyAsync<StopTimer, TimerStopped>(flow.TimerStopped(1));
        await t.ReplyAsync<SendNotification, NotificationSent>(flow.Sent(AcceptOrderSaga.AcceptedNotificationId(flow.OrderId, 1), "x"));
        await t.WaitForStateAsync(SagaStates.Completed, AcceptOrderSaga.Type);

        await t.SendAsync(flow.AcceptanceCancelled(2));
        var start = (await t.CommandsAsync<StartTimer>())[0];
        await t.SendAsync(flow.TimerStarted(2));
        await t.ReplyAsync<SendNotification, NotificationSent>(flow.Sent(AcceptOrderSaga.CancelledNotificationId(flow.OrderId, 2), "x"), 2);
        await t.WaitForStepAsync("completed (AcceptanceCancelled, round 2)", AcceptOrderSaga.Type);
        await t.SendAsync(flow.TimerFired(1));
        await t.SendAsync(flow.TimerFired(2));
        var cancel = (await t.CommandsAsync<CancelOrder>())[0];

        Assert.Equal(flow.TimerId(2), start.TimerId);
        Assert.Equal(CreateOrderFlow.ExpiresAt, start.DueAt);
        Assert.Equal(flow.TimerId(2), SagaRunnerState(await t.FindAsync(CancelOrderSaga.Type)));
        Assert.Equal(new CancelOrder(flow.OrderId, CancellationReasons.Timeout, OrderStatuses.Created, OnlyIfRound: 2), cancel);
        Assert.Single(await t.StepsAsync(CancelOrderSaga.Type));
    }

    [Fact]
    public async Task ATimeout_CancelsRefundsRevertsAndOffersARetry()
    {
        await using var t = await SagaTestHost.StartAsync();
        var flow = t.Lifecycle;

        await t.SendAsync(flow.TimerFired(1));
        await t.ReplyAsync<CancelOrder, OrderCancelled>(flow.Cancelled(CancellationReasons.Timeout));
        await t.ReplyAsync<RefundFunds, FundsRefunded>(flow.Refunded);
        await t.ReplyAsync<RevertPayment, PaymentReverted>(flow.Reverted);
        var notification = (await t.CommandsAsync<SendNotification>())[0];
        await t.SendAsync(flow.Sent(notification.NotificationId, notification.Template));
        await t.WaitForStateAsync(SagaStates.Completed, CancelOrderSaga.Type);

        Assert.Equal(["order.cancel", "escrow.refund", "payment.revert", "notification.send"], t.SentTypes());
        Assert.Equal(NotificationTemplates.OrderTimedOut, notification.Template);
        Assert.Equal(flow.CustomerId, notification.UserId);
        Assert.Equal(CancelOrderSaga.TimedOutText, notification.Message);
    }

    [Fact]
    public async Task ATimeoutAfterARunnerAccepted_EndsWithoutSendingAnythingMore()
    {
        await using var t = await SagaTestHost.StartAsync();
        var flow = t.Lifecycle;

        await t.SendAsync(flow.TimerFired(1));
        await t.ReplyAsync<CancelOrder, OrderCancelRejected>(flow.CancelRejected);
        await t.WaitForStateAsync(SagaStates.Completed, CancelOrderSaga.Type);

        Assert.Equal(["order.cancel"], t.SentTypes());
        Assert.Contains(await t.StepsAsync(CancelOrderSaga.Type), s => s.Outcome.StartsWith(CancelOrderSaga.NotCancelledOutcome, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACustomerCancel_UndoesEverythingAtOnce_ButACreateOrderFailureStartsNoCancelSaga()
    {
        await using var t = await SagaTestHost.StartAsync();
        var flow = t.Lifecycle;

        await t.SendAsync(flow.Cancelled(CancellationReasons.PaymentFailed));
        await t.SendAsync(flow.Cancelled(CancellationReasons.CustomerCancelled));
        var sent = (await t.CommandsAsync<SendNotification>())[0];
        await t.SendAsync(flow.TimerCancelled(1));
        await t.SendAsync(flow.Refunded);
        await t.SendAsync(flow.Reverted);
        await t.SendAsync(flow.Sent(sent.NotificationId, sent.Template));
        await t.WaitForStateAsync(SagaStates.Completed, CancelOrderSaga.Type);

        Assert.Equal(["timer.cancel", "escrow.refund", "payment.revert", "notification.send"], t.SentTypes());
        Assert.Equal(flow.TimerId(1), (await t.CommandsAsync<CancelTimer>())[0].TimerId);
        Assert.Equal(NotificationTemplates.OrderCancelled, sent.Template);
        Assert.Equal("customer cancelled: sent timer.cancel, escrow.refund, payment.revert, notification.send", (await t.StepsAsync(CancelOrderSaga.Type))[0].Outcome);
    }

    private static Guid SagaRunnerState(SagaInstance? saga) => Engine.SagaRunner.Read<CancelOrderState>(saga!).TimerId;
}
