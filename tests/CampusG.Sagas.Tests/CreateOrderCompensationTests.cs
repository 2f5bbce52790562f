using CampusG.Escrow.Contracts;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Domain;
using CampusG.Users.Contracts;
using static CampusG.Sagas.Tests.CreateOrderFlow;

namespace CampusG.Sagas.Tests;

/// <summary>Each failure of the Create Order saga and the compensation it triggers, as pure functions.</summary>
public sealed class CreateOrderCompensationTests
{
    private readonly CreateOrderFlow _flow = new();

    [Fact]
    public void PaymentInfoMissing_CancelsAndAsksToCheckThePaymentMethod()
    {
        var result = CreateOrderSaga.On(_flow.After(0), new PaymentInfoMissing(_flow.OrderId, _flow.CustomerId, PaymentInfoRoles.Customer), Now);

        Assert.Equal([Cancel(CancellationReasons.PaymentMethodMissing), CheckPaymentNotice()], Messages(result));
        AssertCompensating(result.State, CancellationReasons.PaymentMethodMissing);
        Assert.Equal("compensating (PAYMENT_METHOD_MISSING): sent order.cancel, notification.send", result.Outcome);
    }

    [Fact]
    public void PaymentFailed_CancelsWithoutVoidingAnything()
    {
        var result = CreateOrderSaga.On(_flow.After(1), new PaymentFailed(_flow.OrderId, PaymentFailureReasons.Declined, "card_declined", Now), Now);

        Assert.Equal([Cancel(CancellationReasons.PaymentFailed), CheckPaymentNotice()], Messages(result));
        AssertCompensating(result.State, CancellationReasons.PaymentFailed);
    }

    [Fact]
    public void EscrowFailed_VoidsThePaymentAndCancels_WithoutARefund()
    {
        var result = CreateOrderSaga.On(_flow.After(2), new FundsHoldFailed(_flow.OrderId, "limit", Now), Now);

        Assert.Equal(
            [Cancel(CancellationReasons.EscrowFailed), new RevertPayment(_flow.OrderId, CancellationReasons.EscrowFailed), TryLaterNotice()],
            Messages(result));
        AssertCompensating(result.State, CancellationReasons.EscrowFailed);
    }

    [Theory]
    [InlineData(CancellationReasons.CustomerCancelled)]
    [InlineData(CancellationReasons.OperatorCancelled)]
    public void ACancelBeforeCreation_StopsTheSaga_LeavingTheUndoToTheCancelOrderSaga(string reason)
    {
        var cancelled = new OrderCancelled(_flow.OrderId, _flow.CustomerId, reason, OrderStatuses.PendingPayment, Now);

        var stopped = Enumerable.Range(0, 4).Select(step => CreateOrderSaga.On(_flow.After(step), cancelled, Now)).ToList();
        var created = CreateOrderSaga.On(_flow.After(4), cancelled, Now);

        Assert.All(stopped, r => Assert.Equal((SagaStates.Compensated, reason), (r.State.Status, r.State.CancellationReason)));
        Assert.All(stopped, r => Assert.Empty(r.Commands));
        Assert.False(CreateOrderSaga.On(stopped[1].State, _flow.Authorized, Now).Applied, "a late reply of the step in flight changes nothing");
        Assert.False(created.Applied, "after CREATED the Cancel Order saga alone handles a customer cancel");
    }

    [Fact]
    public void MarkCreatedFailed_RefundsVoidsAndCancels()
    {
        var result = CreateOrderSaga.On(_flow.After(3), new OrderMarkCreatedFailed(_flow.OrderId, "not pending"), Now);

        Assert.Equal(
            [
                Cancel(CancellationReasons.CreationFailed),
                new RevertPayment(_flow.OrderId, CancellationReasons.CreationFailed),
                new RefundFunds(_flow.OrderId, CancellationReasons.CreationFailed),
                TryLaterNotice(),
            ],
            Messages(result));
        AssertCompensating(result.State, CancellationReasons.CreationFailed);
    }

    [Fact]
    public void EveryReply_InAnyOrder_EndsCompensated()
    {
        var state = CreateOrderSaga.On(_flow.After(3), new OrderMarkCreatedFailed(_flow.OrderId, "no"), Now).State;
        object[] replies =
        [
            _flow.CancelledNotificationSent,
            new FundsRefunded(_flow.OrderId, _flow.EscrowId, 10.50m, Now),
            new OrderCancelled(_flow.OrderId, _flow.CustomerId, CancellationReasons.CreationFailed, OrderStatuses.PendingPayment, Now),
        ];
        foreach (var reply in replies)
        {
            state = CreateOrderSaga.On(state, reply, Now).State;
            Assert.Equal(SagaStates.Compensating, state.Status);
        }

        var last = CreateOrderSaga.On(state, new PaymentReverted(_flow.OrderId, _flow.PaymentId, PaymentStatuses.Refunded, Now), Now);

        Assert.Equal(SagaStates.Compensated, last.State.Status);
        Assert.Equal(CancellationReasons.CreationFailed, last.State.CancellationReason);
        Assert.Equal("compensated (CREATION_FAILED)", last.Outcome);
    }

    [Fact]
    public void ACancelRejection_CountsAsTheOrdersReply()
    {
        var state = CreateOrderSaga.On(_flow.After(1), new PaymentFailed(_flow.OrderId, "DECLINED", "no", Now), Now).State;

        state = CreateOrderSaga.On(state, new OrderCancelRejected(_flow.OrderId, CancellationReasons.PaymentFailed, OrderStatuses.Cancelled), Now).State;
        var last = CreateOrderSaga.On(state, _flow.CancelledNotificationSent, Now);

        Assert.Equal(SagaStates.Compensated, last.State.Status);
    }

    [Fact]
    public void ADuplicateOrUnexpectedReply_DuringCompensation_IsIgnored()
    {
        var state = CreateOrderSaga.On(_flow.After(1), new PaymentFailed(_flow.OrderId, "DECLINED", "no", Now), Now).State;
        var cancelled = new OrderCancelled(_flow.OrderId, _flow.CustomerId, CancellationReasons.PaymentFailed, OrderStatuses.PendingPayment, Now);
        state = CreateOrderSaga.On(state, cancelled, Now).State;

        Assert.False(CreateOrderSaga.On(state, cancelled, Now).Applied);
        Assert.False(CreateOrderSaga.On(state, new FundsRefunded(_flow.OrderId, null, 0m, Now), Now).Applied);
        Assert.False(CreateOrderSaga.On(state, _flow.Authorized, Now).Applied);
        Assert.False(CreateOrderSaga.On(state, _flow.CreatedNotificationSent, Now).Applied);
    }

    [Fact]
    public void CompensatedSaga_IgnoresEverything()
    {
        var state = CreateOrderSaga.On(_flow.After(0), new PaymentInfoMissing(_flow.OrderId, _flow.CustomerId, PaymentInfoRoles.Customer), Now).State;
        state = CreateOrderSaga.On(state, new OrderCancelRejected(_flow.OrderId, "x", OrderStatuses.Cancelled), Now).State;
        state = CreateOrderSaga.On(state, _flow.CancelledNotificationSent, Now).State;

        Assert.Equal(SagaStates.Compensated, state.Status);
        Assert.False(CreateOrderSaga.On(state, _flow.PaymentInfo, Now).Applied);
        Assert.False(CreateOrderSaga.On(state, _flow.CancelledNotificationSent, Now).Applied);
    }

    private static void AssertCompensating(CreateOrderState state, string reason)
    {
        Assert.Equal(SagaStates.Compensating, state.Status);
        Assert.Equal(CreateOrderSteps.Compensate, state.Step);
        Assert.Equal(reason, state.CancellationReason);
    }

    private CancelOrder Cancel(string reason) => new(_flow.OrderId, reason);

    private SendNotification CheckPaymentNotice() => new(
        CreateOrderSaga.CancelledNotificationId(_flow.OrderId), _flow.CustomerId, _flow.OrderId, NotificationTemplates.PaymentFailed, CreateOrderSaga.CheckPaymentText);

    private SendNotification TryLaterNotice() => new(
        CreateOrderSaga.CancelledNotificationId(_flow.OrderId), _flow.CustomerId, _flow.OrderId, NotificationTemplates.OrderCancelled, CreateOrderSaga.TryLaterText);
}
