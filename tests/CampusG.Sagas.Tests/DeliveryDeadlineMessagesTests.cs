using CampusG.Escrow.Contracts;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Domain;
using CampusG.Timers.Contracts;
using static CampusG.Sagas.Tests.CreateOrderFlow;

namespace CampusG.Sagas.Tests;

/// <summary>An errand's delivery deadline on the real bus: the probe plays Orders, Timers, Escrow, Payments and Notifications.</summary>
public sealed class DeliveryDeadlineMessagesTests
{
    [Fact]
    public async Task TheCurrentRoundsDeadline_AsksOrdersToEnforceIt_AStaleRoundsDoesNot()
    {
        await using var t = await SagaTestHost.StartAsync();
        var flow = t.Lifecycle;
        var deadline = Now.AddHours(2);
        await t.SendAsync(flow.Accepted with { DeliveryDeadline = deadline });
        await t.ReplyAsync<StopTimer, TimerStopped>(flow.TimerStopped(1));
        var start = (await t.CommandsAsync<StartTimer>())[0];
        await t.SendAsync(new TimerStarted(start.TimerId, flow.OrderId, start.Purpose, start.DueAt));
        await t.ReplyAsync<SendNotification, NotificationSent>(flow.Sent(AcceptOrderSaga.AcceptedNotificationId(flow.OrderId, 1), "x"));
        await t.WaitForStateAsync(SagaStates.Completed, AcceptOrderSaga.Type);
        await t.SendAsync(flow.AcceptanceCancelled(2));
        await t.CommandsAsync<StartTimer>(2);

        await t.SendAsync(Fired(OrderTimers.DeliveryTimerId(flow.OrderId, 1), flow.OrderId, deadline));
        await t.SendAsync(flow.Accepted with { RunnerId = Guid.NewGuid(), DeliveryDeadline = deadline });
        await t.CommandsAsync<StartTimer>(3);
        await t.SendAsync(Fired(OrderTimers.DeliveryTimerId(flow.OrderId, 2), flow.OrderId, deadline));
        var enforce = await t.CommandsAsync<EnforceDeliveryDeadline>();

        Assert.Equal((OrderTimers.DeliveryTimerId(flow.OrderId, 1), TimerPurposes.DeliveryDeadline, deadline), (start.TimerId, start.Purpose, start.DueAt));
        Assert.Equal([new EnforceDeliveryDeadline(flow.OrderId, 2)], enforce);
        Assert.Null(await t.FindAsync(CancelOrderSaga.Type));
    }

    [Fact]
    public async Task OrdersCancellingDeliveryTimeout_UndoesEverythingAtOnce()
    {
        await using var t = await SagaTestHost.StartAsync();
        var flow = t.Lifecycle;

        await t.SendAsync(new OrderCancelled(flow.OrderId, flow.CustomerId, CancellationReasons.DeliveryTimeout, OrderStatuses.OnSite, Now));
        var cancelTimer = (await t.CommandsAsync<CancelTimer>())[0];
        await t.SendAsync(new TimerCancelled(cancelTimer.TimerId, flow.OrderId, TimerPurposes.DeliveryDeadline, TimerStatuses.Fired, Now));
        await t.ReplyAsync<RefundFunds, FundsRefunded>(flow.Refunded);
        await t.ReplyAsync<RevertPayment, PaymentReverted>(flow.Reverted);
        var notice = (await t.CommandsAsync<SendNotification>())[0];
        await t.SendAsync(flow.Sent(notice.NotificationId, notice.Template));
        await t.WaitForStateAsync(SagaStates.Completed, CancelOrderSaga.Type);

        Assert.Equal(OrderTimers.DeliveryTimerId(flow.OrderId, 1), cancelTimer.TimerId);
        Assert.Equal((NotificationTemplates.OrderCancelled, CancelOrderSaga.DeliveryTimeoutText), (notice.Template, notice.Message));
        Assert.Equal(["timer.cancel", "escrow.refund", "payment.revert", "notification.send"], t.SentTypes());
    }

    private static TimerFired Fired(Guid timerId, Guid orderId, DateTimeOffset dueAt) =>
        new(timerId, orderId, TimerPurposes.DeliveryDeadline, dueAt, dueAt);
}
