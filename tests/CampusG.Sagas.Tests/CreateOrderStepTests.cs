using CampusG.Escrow.Contracts;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Domain;
using CampusG.Timers.Contracts;
using CampusG.Users.Contracts;
using static CampusG.Sagas.Tests.CreateOrderFlow;

namespace CampusG.Sagas.Tests;

/// <summary>The Create Order saga's forward steps, as pure functions.</summary>
public sealed class CreateOrderStepTests
{
    private readonly CreateOrderFlow _flow = new();

    [Fact]
    public void Start_AsksForTheCustomersPaymentInfo()
    {
        var result = CreateOrderSaga.Start(_flow.Created);

        Assert.Equal([new RetrievePaymentInfo(_flow.OrderId, _flow.CustomerId, PaymentInfoRoles.Customer)], Messages(result));
        Assert.Equal(CreateOrderSteps.RetrievePaymentInfo, result.State.Step);
        Assert.Equal(SagaStates.Running, result.State.Status);
        Assert.Equal("started: sent user.retrievePaymentInfo", result.Outcome);
    }

    [Fact]
    public void PaymentInfo_AuthorizesTheTotalInSgd()
    {
        var result = CreateOrderSaga.On(_flow.After(0), _flow.PaymentInfo, Now);

        Assert.Equal([new AuthorizePayment(_flow.OrderId, _flow.CustomerId, 10.50m, "SGD", "tok_visa")], Messages(result));
        Assert.Equal(CreateOrderSteps.AuthorizePayment, result.State.Step);
        Assert.Equal("sent payment.authorize", result.Outcome);
    }

    [Fact]
    public void PaymentAuthorized_HoldsTheFeesInEscrow()
    {
        var result = CreateOrderSaga.On(_flow.After(1), _flow.Authorized, Now);

        Assert.Equal([new HoldFunds(_flow.OrderId, _flow.CustomerId, _flow.PaymentId, 8.50m, 2.00m)], Messages(result));
        Assert.Equal(_flow.PaymentId, result.State.PaymentId);
        Assert.Equal(CreateOrderSteps.HoldFunds, result.State.Step);
    }

    [Fact]
    public void FundsHeld_MarksTheOrderCreated()
    {
        var result = CreateOrderSaga.On(_flow.After(2), _flow.Held, Now);

        Assert.Equal([new MarkOrderCreated(_flow.OrderId)], Messages(result));
        Assert.Equal(_flow.EscrowId, result.State.EscrowId);
        Assert.Equal(CreateOrderSteps.MarkCreated, result.State.Step);
    }

    [Fact]
    public void OrderCreatedStatus_StartsTheAcceptanceTimer()
    {
        var result = CreateOrderSaga.On(_flow.After(3), _flow.MarkedCreated, Now);

        var timerId = CampusG.Messaging.DeterministicGuid.Create($"acceptance:{_flow.OrderId}:1");
        Assert.Equal([new StartTimer(timerId, _flow.OrderId, TimerPurposes.OrderAcceptance, ExpiresAt)], Messages(result));
        Assert.Equal(CreateOrderSteps.StartTimer, result.State.Step);
    }

    [Fact]
    public void TimerStarted_NotifiesTheCustomer()
    {
        var result = CreateOrderSaga.On(_flow.After(4), _flow.TimerStarted, Now);

        Assert.Equal(
            [new SendNotification(CreateOrderSaga.CreatedNotificationId(_flow.OrderId), _flow.CustomerId, _flow.OrderId,
                NotificationTemplates.OrderCreated, "Your order is live: we are looking for a runner.")],
            Messages(result));
        Assert.Equal(CreateOrderSteps.Notify, result.State.Step);
    }

    [Fact]
    public void NotificationSent_CompletesTheSaga()
    {
        var result = CreateOrderSaga.On(_flow.After(5), _flow.CreatedNotificationSent, Now);

        Assert.Equal(SagaStates.Completed, result.State.Status);
        Assert.Empty(result.Commands);
        Assert.Equal("completed", result.Outcome);
    }

    [Fact]
    public void EveryReplyTwice_TheSecondIsIgnored()
    {
        for (var step = 1; step <= _flow.HappyReplies.Length; step++)
        {
            var state = _flow.After(step);
            var again = CreateOrderSaga.On(state, _flow.HappyReplies[step - 1], Now);

            Assert.False(again.Applied);
            Assert.Same(state, again.State);
            Assert.Empty(again.Commands);
            Assert.StartsWith("ignored: not applicable in state", again.Outcome, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RepliesOutOfOrder_AreIgnored()
    {
        var state = _flow.After(1);

        Assert.False(CreateOrderSaga.On(state, _flow.Held, Now).Applied);
        Assert.False(CreateOrderSaga.On(state, _flow.MarkedCreated, Now).Applied);
        Assert.False(CreateOrderSaga.On(state, _flow.Created, Now).Applied);
        Assert.False(CreateOrderSaga.On(state, new FundsRefunded(_flow.OrderId, null, 0m, Now), Now).Applied);
    }

    [Fact]
    public void RepliesThatDoNotMatchTheStep_AreIgnored()
    {
        var runnerInfo = _flow.PaymentInfo with { Role = PaymentInfoRoles.Runner };
        var otherTimer = _flow.TimerStarted with { TimerId = Guid.NewGuid() };
        var accepted = _flow.MarkedCreated with { Status = OrderStatuses.Accepted };

        Assert.False(CreateOrderSaga.On(_flow.After(0), runnerInfo, Now).Applied);
        Assert.False(CreateOrderSaga.On(_flow.After(3), accepted, Now).Applied);
        Assert.False(CreateOrderSaga.On(_flow.After(4), otherTimer, Now).Applied);
        Assert.False(CreateOrderSaga.On(_flow.After(5), _flow.CancelledNotificationSent, Now).Applied);
    }

    [Fact]
    public void CompletedSaga_IgnoresEverything()
    {
        var done = _flow.After(6);

        Assert.All(_flow.HappyReplies, reply => Assert.False(CreateOrderSaga.On(done, reply, Now).Applied));
        Assert.False(CreateOrderSaga.On(done, new PaymentFailed(_flow.OrderId, "DECLINED", "no", Now), Now).Applied);
        Assert.Equal("ignored: not applicable in state COMPLETED at step Notify", CreateOrderSaga.On(done, _flow.Held, Now).Outcome);
    }

    [Fact]
    public void MissingAcceptanceDeadline_FallsBackToThirtyMinutes()
    {
        var result = CreateOrderSaga.On(_flow.After(3), _flow.MarkedCreated with { AcceptanceExpiresAt = null }, Now);

        Assert.Equal(Now.AddMinutes(30), result.State.AcceptanceExpiresAt);
    }
}
