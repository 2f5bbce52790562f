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

/// <summary>The Payout, Refund Issue and Raise Delivery Fee sagas' steps, as pure functions.</summary>
public sealed class MoneySagaStepTests
{
    private static readonly Guid PayoutId = Guid.NewGuid();
    private static readonly Guid UserId = Guid.NewGuid();
    private static readonly Guid OrderId = Guid.NewGuid();

    private static PayoutRequested Requested => new(PayoutId, UserId, 7.90m, Automatic: false, Now);

    [Fact]
    public void APayout_FetchesTheCard_PaysIt_SettlesIt_AndTellsThePayee_KeepingTheTokenOnlyWhilePaying()
    {
        var start = PayoutSaga.Start(Requested);
        var pay = PayoutSaga.On(start.State, new PaymentInfoRetrieved(PayoutId, UserId, PaymentInfoRoles.Payee, "tok_card"), Now);
        var settle = PayoutSaga.On(pay.State, new PayoutPaid(PayoutId, UserId, 7.90m, Now), Now);
        var notify = PayoutSaga.On(settle.State, new PayoutSettled(PayoutId, UserId, 7.90m, PayoutStatuses.Paid, null, Now), Now);
        var notice = Assert.IsType<SendNotification>(Assert.Single(Messages(notify)));
        var done = PayoutSaga.On(notify.State, new NotificationSent(notice.NotificationId, UserId, null, notice.Template, Now), Now);

        Assert.Equal([new RetrievePaymentInfo(PayoutId, UserId, PaymentInfoRoles.Payee)], Messages(start));
        Assert.Equal([new PayOut(PayoutId, UserId, 7.90m, "SGD", "tok_card")], Messages(pay));
        Assert.Equal("tok_card", PayoutSaga.Stored(pay.State).PayoutToken);
        Assert.Null(PayoutSaga.Stored(settle.State).PayoutToken);
        Assert.Equal([new SettlePayout(PayoutId, UserId, true, null)], Messages(settle));
        Assert.Equal((NotificationTemplates.PayoutPaid, (Guid?)null), (notice.Template, notice.OrderId));
        Assert.Equal(SagaStates.Completed, done.State.Status);
    }

    [Fact]
    public void APayoutWithoutACard_OrDeclined_PutsTheMoneyBack_AndEndsCompensated()
    {
        var start = PayoutSaga.Start(Requested);
        var missing = PayoutSaga.On(start.State, new PaymentInfoMissing(PayoutId, UserId, PaymentInfoRoles.Payee), Now);
        var pay = PayoutSaga.On(start.State, new PaymentInfoRetrieved(PayoutId, UserId, PaymentInfoRoles.Payee, "tok_card"), Now);
        var declined = PayoutSaga.On(pay.State, new PayoutFailed(PayoutId, UserId, "PAYOUT_DECLINED: payout_declined", Now), Now);
        var notify = PayoutSaga.On(declined.State, new PayoutSettled(PayoutId, UserId, 7.90m, PayoutStatuses.Failed, "x", Now), Now);
        var notice = Assert.IsType<SendNotification>(Assert.Single(Messages(notify)));
        var done = PayoutSaga.On(notify.State, new NotificationSent(notice.NotificationId, UserId, null, notice.Template, Now), Now);

        Assert.Equal([new SettlePayout(PayoutId, UserId, false, PayoutSaga.NoPayoutMethod)], Messages(missing));
        Assert.Equal([new SettlePayout(PayoutId, UserId, false, "PAYOUT_DECLINED: payout_declined")], Messages(declined));
        Assert.Equal(SagaStates.Compensating, declined.State.Status);
        Assert.Equal(NotificationTemplates.PayoutFailed, notice.Template);
        Assert.Contains("your card refused it", notice.Message, StringComparison.Ordinal);
        Assert.Equal(SagaStates.Compensated, done.State.Status);
    }

    [Fact]
    public void AResolvedIssue_BooksTheRefund_RefundsTheCard_AndTellsTheCustomerAndTheChargedRunner()
    {
        var issueId = Guid.NewGuid();
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var resolved = new OrderIssueResolved(OrderId, issueId, customer, 2.40m, ChargedParties.Runner, runner, Now);

        var start = RefundIssueSaga.Start(resolved);
        var refund = RefundIssueSaga.On(start.State, new RefundCharged(OrderId, issueId, 2.40m, ChargedParties.Runner, Now), Now);
        var other = RefundIssueSaga.On(refund.State, new PaymentRefunded(OrderId, Guid.NewGuid(), 1.00m, Now, 1.00m), Now);
        var notify = RefundIssueSaga.On(refund.State, new PaymentRefunded(OrderId, issueId, 2.40m, Now, 2.40m), Now);
        var notices = Messages(notify).Cast<SendNotification>().ToList();
        var state = notices.Aggregate(notify.State, (s, n) => RefundIssueSaga.On(s, new NotificationSent(n.NotificationId, n.UserId, OrderId, n.Template, Now), Now).State);

        Assert.Equal([new ChargeRefund(OrderId, issueId, customer, 2.40m, ChargedParties.Runner, runner)], Messages(start));
        Assert.Equal([new RefundPayment(OrderId, issueId, 2.40m)], Messages(refund));
        Assert.False(other.Applied);
        Assert.Equal([customer, runner], notices.Select(n => n.UserId));
        Assert.Equal(SagaStates.Completed, state.Status);
        Assert.Equal($"{OrderId}:issue:{issueId}", RefundIssueSaga.CorrelationId(OrderId, issueId));
    }

    [Fact]
    public void AResolutionWithoutRefund_OnlyTellsTheCustomer()
    {
        var resolved = new OrderIssueResolved(OrderId, Guid.NewGuid(), UserId, 0m, ChargedParties.Platform, null, Now);

        var start = RefundIssueSaga.Start(resolved);

        var notice = Assert.IsType<SendNotification>(Assert.Single(Messages(start)));
        Assert.Equal((UserId, NotificationTemplates.IssueResolved, RefundIssueSteps.Notify), (notice.UserId, notice.Template, start.State.Step));
    }

    [Fact]
    public void ABoost_GrowsTheAuthorizationThenTheHold_OrPutsTheFeeBack()
    {
        var boostId = Guid.NewGuid();
        var raised = new OrderDeliveryFeeRaised(OrderId, UserId, boostId, 1.50m, 3.50m, Now);

        var start = RaiseDeliveryFeeSaga.Start(raised);
        var hold = RaiseDeliveryFeeSaga.On(start.State, new AuthorizationIncreased(OrderId, boostId, 1.50m, 12.00m, Now), Now);
        var done = RaiseDeliveryFeeSaga.On(hold.State, new HoldIncreased(OrderId, boostId, 1.50m, 12.00m, Now), Now);
        var refused = RaiseDeliveryFeeSaga.On(start.State, new AuthorizationIncreaseFailed(OrderId, boostId, "card_declined", Now), Now);
        var rejected = RaiseDeliveryFeeSaga.On(hold.State, new HoldIncreaseRejected(OrderId, boostId, EscrowStatuses.Refunded, Now), Now);
        var undone = RaiseDeliveryFeeSaga.On(refused.State, new DeliveryFeeReverted(OrderId, boostId, Applied: true, Now), Now);

        Assert.Equal([new IncreaseAuthorization(OrderId, boostId, 1.50m)], Messages(start));
        Assert.Equal([new IncreaseHold(OrderId, boostId, 1.50m)], Messages(hold));
        Assert.Equal(SagaStates.Completed, done.State.Status);
        Assert.Equal([new RevertDeliveryFee(OrderId, boostId, 2.00m)], Messages(refused));
        Assert.Equal([new RevertDeliveryFee(OrderId, boostId, 2.00m)], Messages(rejected));
        Assert.Equal(SagaStates.Compensated, undone.State.Status);
    }

    [Fact]
    public void ABoostTheCardRefused_AfterARunnerTookTheBoostedFee_IsCoveredByThePlatform()
    {
        var boostId = Guid.NewGuid();
        var start = RaiseDeliveryFeeSaga.Start(new OrderDeliveryFeeRaised(OrderId, UserId, boostId, 1.50m, 3.50m, Now));
        var refused = RaiseDeliveryFeeSaga.On(start.State, new AuthorizationIncreaseFailed(OrderId, boostId, "card_declined", Now), Now);

        var cover = RaiseDeliveryFeeSaga.On(refused.State, new DeliveryFeeReverted(OrderId, boostId, Applied: false, Now), Now);
        var covered = RaiseDeliveryFeeSaga.On(cover.State, new HoldIncreased(OrderId, boostId, 1.50m, 12.00m, Now), Now);

        Assert.Equal([new IncreaseHold(OrderId, boostId, 1.50m, FundedByPlatform: true)], Messages(cover));
        Assert.Equal(SagaStates.Compensated, covered.State.Status);
        var hold = RaiseDeliveryFeeSaga.On(start.State, new AuthorizationIncreased(OrderId, boostId, 1.50m, 12.00m, Now), Now);
        var rejected = RaiseDeliveryFeeSaga.On(hold.State, new HoldIncreaseRejected(OrderId, boostId, EscrowStatuses.Refunded, Now), Now);
        var moved = RaiseDeliveryFeeSaga.On(rejected.State, new DeliveryFeeReverted(OrderId, boostId, Applied: false, Now), Now);
        Assert.Empty(Messages(moved));
        Assert.Equal(SagaStates.Compensated, moved.State.Status);
    }
}
