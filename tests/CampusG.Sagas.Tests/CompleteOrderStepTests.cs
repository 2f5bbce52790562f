using CampusG.Escrow.Contracts;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Domain;
using static CampusG.Sagas.Tests.CreateOrderFlow;
using static CampusG.Sagas.Tests.LifecycleFlow;

namespace CampusG.Sagas.Tests;

/// <summary>The Complete Order saga's steps, as pure functions, and the status notifications.</summary>
public sealed class CompleteOrderStepTests
{
    private readonly LifecycleFlow _flow = new();

    private object[] HappyReplies => [_flow.Captured, _flow.FundsReleased, _flow.Completed];

    private CompleteOrderState After(int replies, OrderDelivered? delivered = null) => HappyReplies.Take(replies)
        .Aggregate(CompleteOrderSaga.Start(delivered ?? _flow.Delivered()).State, (s, r) => CompleteOrderSaga.On(s, r, Now).State);

    [Fact]
    public void TheHappyPath_CapturesReleasesIntoEarningsAndCompletes_WithoutACardPayout()
    {
        var start = CompleteOrderSaga.Start(_flow.Delivered());
        var steps = HappyReplies.Take(2).Select((r, i) => CompleteOrderSaga.On(After(i), r, Now)).ToList();

        Assert.Equal([new CapturePayment(_flow.OrderId, 10.50m)], Messages(start));
        Assert.Equal([new ReleaseFunds(_flow.OrderId, _flow.RunnerId)], Messages(steps[0]));
        Assert.Equal([new CompleteOrder(_flow.OrderId)], Messages(steps[1]));
    }

    [Fact]
    public void AReceiptBelowTheFoodFee_CapturesLess_AndGivesTheDifferenceBack()
    {
        var delivered = _flow.Delivered() with { ActualFoodFee = 6.25m };

        var start = CompleteOrderSaga.Start(delivered);
        var release = CompleteOrderSaga.On(start.State, _flow.Captured, Now);

        Assert.Equal([new CapturePayment(_flow.OrderId, 8.25m)], Messages(start));
        Assert.Equal([new ReleaseFunds(_flow.OrderId, _flow.RunnerId, null, 2.25m)], Messages(release));
        Assert.Equal(8.25m, start.State.RunnerEarns);
    }

    [Fact]
    public void AMenuOrder_PaysTheRestaurantsOwnerTheFoodFee_AndIgnoresAnyReceiptTotal()
    {
        var ownerId = Guid.NewGuid();
        var delivered = _flow.Delivered(OrderKinds.Menu, ownerId) with { ActualFoodFee = 1.00m };

        var start = CompleteOrderSaga.Start(delivered);
        var release = CompleteOrderSaga.On(start.State, _flow.Captured, Now);

        Assert.Equal([new CapturePayment(_flow.OrderId, 10.50m)], Messages(start));
        Assert.Equal([new ReleaseFunds(_flow.OrderId, _flow.RunnerId, ownerId)], Messages(release));
        Assert.Equal(2.00m, start.State.RunnerEarns);
    }

    [Fact]
    public void OrderCompleted_SendsTheReceiptRatingPromptsAndTheEarningsNotice_ThenCompletesOnTheReplies()
    {
        var notify = CompleteOrderSaga.On(After(2), _flow.Completed, Now);
        var sent = Messages(notify).Cast<SendNotification>().ToList();
        var state = notify.State;
        foreach (var n in sent)
        {
            Assert.Equal(SagaStates.Running, state.Status);
            state = CompleteOrderSaga.On(state, _flow.Sent(n.NotificationId, n.Template), Now).State;
        }

        Assert.Equal(
            [(_flow.CustomerId, NotificationTemplates.OrderCompleted), (_flow.CustomerId, NotificationTemplates.ReviewRequested),
                (_flow.RunnerId, NotificationTemplates.ReviewRequested), (_flow.RunnerId, NotificationTemplates.EarningsReleased)],
            sent.Select(n => (n.UserId, n.Template)));
        Assert.Contains("S$10.50", sent[3].Message, StringComparison.Ordinal);
        Assert.Equal(SagaStates.Completed, state.Status);
    }

    [Fact]
    public void ARefusedCaptureOrRelease_FailsTheSaga_WithoutUndoingTheDelivery()
    {
        var capture = CompleteOrderSaga.On(After(0), new PaymentCaptureFailed(_flow.OrderId, "CAPTURE_DECLINED", Now), Now);
        var rejected = CompleteOrderSaga.On(After(1), new FundsReleaseRejected(_flow.OrderId, EscrowStatuses.Refunded, Now), Now);

        Assert.Equal(SagaStates.Failed, capture.State.Status);
        Assert.Equal((SagaStates.Failed, "failed: escrow rejected the release (REFUNDED)"), (rejected.State.Status, rejected.Outcome));
        Assert.Empty(rejected.Commands);
    }

    [Fact]
    public void AStepOutOfRetries_Fails_AndBeforeThatResendsItsCommand()
    {
        var resent = CompleteOrderSaga.OnStepTimeout(After(1), Now, 2);
        var gaveUp = CompleteOrderSaga.OnStepTimeout(After(1) with { Attempts = 2 }, Now, 2);

        Assert.Equal([new ReleaseFunds(_flow.OrderId, _flow.RunnerId)], Messages(resent));
        Assert.Equal(SagaStates.Failed, gaveUp.State.Status);
    }

    [Fact]
    public void TheCaptureStep_WaitsAsLongAsThePaymentStep()
    {
        var options = new SagasOptions();

        Assert.Equal(options.PaymentStepTimeout, CompleteOrderSaga.StepTimeout(After(0), options));
        Assert.Equal(options.StepTimeout, CompleteOrderSaga.StepTimeout(After(1), options));
    }

    [Theory]
    [InlineData(OrderStatuses.OnSite, NotificationTemplates.OrderStatusChanged)]
    [InlineData(OrderStatuses.Purchased, NotificationTemplates.OrderStatusChanged)]
    [InlineData(OrderStatuses.Collected, NotificationTemplates.OrderStatusChanged)]
    [InlineData(OrderStatuses.OnTheWay, NotificationTemplates.OrderStatusChanged)]
    [InlineData(OrderStatuses.Delivered, NotificationTemplates.OrderDelivered)]
    public void EveryRunnerStatus_NotifiesTheCustomer_WithAnIdPerStatus(string status, string template)
    {
        var notification = StatusNotifications.For(_flow.Status(status));

        Assert.NotNull(notification);
        Assert.Equal(template, notification.Template);
        Assert.Equal(_flow.CustomerId, notification.UserId);
        Assert.Equal(StatusNotifications.NotificationId(_flow.OrderId, status), notification.NotificationId);
        Assert.Null(StatusNotifications.For(_flow.Status(OrderStatuses.Accepted)));
    }
}
