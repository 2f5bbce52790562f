using CampusG.Escrow.Contracts;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Domain;
using CampusG.Users.Contracts;
using static CampusG.Sagas.Tests.CreateOrderFlow;
using static CampusG.Sagas.Tests.LifecycleFlow;

namespace CampusG.Sagas.Tests;

/// <summary>The Complete Order saga's steps, as pure functions, and the status notifications.</summary>
public sealed class CompleteOrderStepTests
{
    private readonly LifecycleFlow _flow = new();

    private object[] HappyReplies => [_flow.RunnerPaymentInfo, _flow.PaymentReleased, _flow.FundsReleased, _flow.Completed];

    private CompleteOrderState After(int replies) => HappyReplies.Take(replies)
        .Aggregate(CompleteOrderSaga.Start(_flow.Delivered()).State, (s, r) => CompleteOrderSaga.On(s, r, Now).State);

    [Fact]
    public void TheHappyPath_SendsEachStepsCommandInOrder()
    {
        var start = CompleteOrderSaga.Start(_flow.Delivered());
        var steps = HappyReplies.Take(3).Select((r, i) => CompleteOrderSaga.On(After(i), r, Now)).ToList();

        Assert.Equal([new RetrievePaymentInfo(_flow.OrderId, _flow.RunnerId, PaymentInfoRoles.Runner)], Messages(start));
        Assert.Equal([new ReleasePayment(_flow.OrderId, _flow.RunnerId, "tok_payout")], Messages(steps[0]));
        Assert.Equal([new ReleaseFunds(_flow.OrderId, _flow.RunnerId)], Messages(steps[1]));
        Assert.Equal([new CompleteOrder(_flow.OrderId)], Messages(steps[2]));
    }

    [Fact]
    public void OrderCompleted_SendsTheReceiptAndBothRatingPrompts_ThenCompletesOnTheThreeReplies()
    {
        var notify = CompleteOrderSaga.On(After(3), _flow.Completed, Now);
        var sent = Messages(notify).Cast<SendNotification>().ToList();
        var state = notify.State;
        foreach (var n in sent)
        {
            Assert.Equal(SagaStates.Running, state.Status);
            state = CompleteOrderSaga.On(state, _flow.Sent(n.NotificationId, n.Template), Now).State;
        }

        Assert.Equal(
            [(_flow.CustomerId, NotificationTemplates.OrderCompleted), (_flow.CustomerId, NotificationTemplates.ReviewRequested),
                (_flow.RunnerId, NotificationTemplates.ReviewRequested)],
            sent.Select(n => (n.UserId, n.Template)));
        Assert.Equal(SagaStates.Completed, state.Status);
    }

    [Fact]
    public void PayoutFailures_ParkTheSagaAsPayoutPending()
    {
        Assert.Equal(SagaStates.PayoutPending, CompleteOrderSaga.On(After(0), _flow.RunnerPaymentInfoMissing, Now).State.Status);
        Assert.Equal(SagaStates.PayoutPending, CompleteOrderSaga.On(After(1), _flow.PaymentReleaseFailed, Now).State.Status);
        var rejected = CompleteOrderSaga.On(After(2), new FundsReleaseRejected(_flow.OrderId, EscrowStatuses.Refunded, Now), Now);
        Assert.Equal(SagaStates.PayoutPending, rejected.State.Status);
        Assert.Empty(rejected.Commands);
        Assert.Equal("payout pending: escrow rejected the release (REFUNDED)", rejected.Outcome);
    }

    [Fact]
    public void ARetry_ResendsTheParkedStepsCommand_OnlyWhenParked()
    {
        var parked = CompleteOrderSaga.On(After(0), _flow.RunnerPaymentInfoMissing, Now).State;

        var retried = CompleteOrderSaga.OnRetry(parked, Now);

        Assert.Equal([new RetrievePaymentInfo(_flow.OrderId, _flow.RunnerId, PaymentInfoRoles.Runner)], Messages(retried));
        Assert.Equal((SagaStates.Running, CompleteOrderSteps.RetrievePaymentInfo, 0), (retried.State.Status, retried.State.Step, retried.State.ReleaseRound));
        Assert.False(CompleteOrderSaga.OnRetry(retried.State, Now).Applied);
    }

    [Fact]
    public void ARetryOfAFailedRelease_FetchesTheRunnersPayoutMethodAgain_AndAsksForTheNextReleaseRound()
    {
        var parked = CompleteOrderSaga.On(After(1), _flow.PaymentReleaseFailed, Now).State;

        var retried = CompleteOrderSaga.OnRetry(parked, Now);
        var newCard = _flow.RunnerPaymentInfo with { GatewayToken = "tok_new_card" };
        var release = CompleteOrderSaga.On(retried.State, newCard, Now);

        Assert.Equal([new RetrievePaymentInfo(_flow.OrderId, _flow.RunnerId, PaymentInfoRoles.Runner)], Messages(retried));
        Assert.Equal((SagaStates.Running, CompleteOrderSteps.RetrievePaymentInfo), (retried.State.Status, retried.State.Step));
        Assert.Equal([new ReleasePayment(_flow.OrderId, _flow.RunnerId, "tok_new_card", Round: 1)], Messages(release));
        var parkedAgain = CompleteOrderSaga.On(release.State, _flow.PaymentReleaseFailed, Now).State;
        Assert.Equal(2, CompleteOrderSaga.OnRetry(parkedAgain, Now).State.ReleaseRound);
    }

    [Fact]
    public void APayoutStepOutOfRetries_Parks_ButTheCompleteStepFails()
    {
        var release = CompleteOrderSaga.OnStepTimeout(After(1) with { Attempts = 2 }, Now, 2);
        var complete = CompleteOrderSaga.OnStepTimeout(After(3) with { Attempts = 2 }, Now, 2);

        Assert.Equal(SagaStates.PayoutPending, release.State.Status);
        Assert.Equal(SagaStates.Failed, complete.State.Status);
        Assert.Equal([new ReleasePayment(_flow.OrderId, _flow.RunnerId, "tok_payout")], Messages(CompleteOrderSaga.OnStepTimeout(After(1), Now, 2)));
    }

    [Fact]
    public void TheReleaseStep_WaitsAsLongAsThePaymentStep()
    {
        var options = new SagasOptions();

        Assert.Equal(options.PaymentStepTimeout, CompleteOrderSaga.StepTimeout(After(1), options));
        Assert.Equal(options.StepTimeout, CompleteOrderSaga.StepTimeout(After(2), options));
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
