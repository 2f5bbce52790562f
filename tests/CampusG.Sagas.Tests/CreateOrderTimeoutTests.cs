using CampusG.Escrow.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Domain;
using static CampusG.Sagas.Tests.CreateOrderFlow;

namespace CampusG.Sagas.Tests;

/// <summary>The Create Order saga's step deadlines: re-send, then fail the step (or give up after CREATED).</summary>
public sealed class CreateOrderTimeoutTests
{
    private const int Retries = 3;

    private readonly CreateOrderFlow _flow = new();

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void ATimeout_ResendsTheStepsCommand_AndCountsTheAttempt(int step)
    {
        var state = _flow.After(step);
        var sentFirst = step == 0 ? CreateOrderSaga.Start(_flow.Created) : CreateOrderSaga.On(_flow.After(step - 1), _flow.HappyReplies[step - 1], Now);

        var result = CreateOrderSaga.OnStepTimeout(state, Now, Retries);

        Assert.Equal(Messages(sentFirst), Messages(result));
        Assert.Equal(1, result.State.Attempts);
        Assert.Equal(state.Step, result.State.Step);
        Assert.StartsWith("timeout: retry 1 of 3: sent ", result.Outcome, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, CancellationReasons.PaymentMethodMissing)]
    [InlineData(1, CancellationReasons.PaymentFailed)]
    [InlineData(2, CancellationReasons.EscrowFailed)]
    public void RetriesExhausted_BeforeCreated_CompensatesAsThatStepsFailure(int step, string reason)
    {
        var result = CreateOrderSaga.OnStepTimeout(_flow.After(step) with { Attempts = Retries }, Now, Retries);

        Assert.Equal(SagaStates.Compensating, result.State.Status);
        Assert.Equal(reason, result.State.CancellationReason);
        Assert.Equal(0, result.State.Attempts);
        Assert.Contains(new CancelOrder(_flow.OrderId, reason), Messages(result));
    }

    [Fact]
    public void AMarkCreatedThatNeverAnswered_CancelsOnlyAPendingOrder_AndUndoesNothingYet()
    {
        var result = CreateOrderSaga.OnStepTimeout(_flow.After(3) with { Attempts = Retries }, Now, Retries);

        Assert.Equal([new CancelOrder(_flow.OrderId, CancellationReasons.CreationFailed, OrderStatuses.PendingPayment)], Messages(result));
        Assert.Equal((SagaStates.Running, CreateOrderSteps.ConfirmNotCreated, 0), (result.State.Status, result.State.Step, result.State.Attempts));
    }

    [Fact]
    public void ThePendingOrderCancelled_VoidsRefundsAndTellsTheCustomer()
    {
        var confirming = CreateOrderSaga.OnStepTimeout(_flow.After(3) with { Attempts = Retries }, Now, Retries).State;

        var result = CreateOrderSaga.On(
            confirming, new OrderCancelled(_flow.OrderId, _flow.CustomerId, CancellationReasons.CreationFailed, OrderStatuses.PendingPayment, Now), Now);

        Assert.Equal(
            [new RevertPayment(_flow.OrderId, CancellationReasons.CreationFailed), new RefundFunds(_flow.OrderId, CancellationReasons.CreationFailed)],
            Messages(result).Where(m => m is not CampusG.Notifications.Contracts.SendNotification));
        Assert.Single(Messages(result), m => m is CampusG.Notifications.Contracts.SendNotification);
        Assert.Equal(SagaStates.Compensating, result.State.Status);
    }

    [Fact]
    public void AnOrderCreatedAfterAll_GoesOnToItsTimer_AndOneAlreadyTaken_IsLeftAlone()
    {
        var confirming = CreateOrderSaga.OnStepTimeout(_flow.After(3) with { Attempts = Retries }, Now, Retries).State;

        var stillOpen = CreateOrderSaga.On(confirming, new OrderCancelRejected(_flow.OrderId, CancellationReasons.CreationFailed, OrderStatuses.Created, ExpiresAt), Now);
        var lateReply = CreateOrderSaga.On(confirming, _flow.MarkedCreated, Now);
        var taken = CreateOrderSaga.On(confirming, new OrderCancelRejected(_flow.OrderId, CancellationReasons.CreationFailed, OrderStatuses.Accepted), Now);

        Assert.Equal(Messages(CreateOrderSaga.On(_flow.After(3), _flow.MarkedCreated, Now)), Messages(stillOpen));
        Assert.Equal(Messages(stillOpen), Messages(lateReply));
        Assert.Equal(CreateOrderSteps.StartTimer, stillOpen.State.Step);
        Assert.Equal(SagaStates.Completed, taken.State.Status);
        Assert.Empty(taken.Commands);
    }

    [Fact]
    public void AnAuthorizationThatNeverAnswered_IsVoidedToo()
    {
        var result = CreateOrderSaga.OnStepTimeout(_flow.After(1) with { Attempts = Retries }, Now, Retries);

        Assert.Contains(new RevertPayment(_flow.OrderId, CancellationReasons.PaymentFailed), Messages(result));
        Assert.DoesNotContain(Messages(result), m => m is RefundFunds);
    }

    [Fact]
    public void AHoldThatNeverAnswered_IsRefundedToo()
    {
        var result = CreateOrderSaga.OnStepTimeout(_flow.After(2) with { Attempts = Retries }, Now, Retries);

        Assert.Contains(new RefundFunds(_flow.OrderId, CancellationReasons.EscrowFailed), Messages(result));
        Assert.Contains(new RevertPayment(_flow.OrderId, CancellationReasons.EscrowFailed), Messages(result));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    public void RetriesExhausted_AfterCreated_NeverCompensates(int step)
    {
        var result = CreateOrderSaga.OnStepTimeout(_flow.After(step) with { Attempts = Retries }, Now, Retries);

        Assert.Equal(SagaStates.Failed, result.State.Status);
        Assert.Empty(result.Commands);
        Assert.Null(result.State.CancellationReason);
    }

    [Fact]
    public void ACompensationTimeout_ResendsOnlyTheUnansweredCommands()
    {
        var state = CreateOrderSaga.On(_flow.After(2), new FundsHoldFailed(_flow.OrderId, "no", Now), Now).State;
        state = CreateOrderSaga.On(state, new PaymentReverted(_flow.OrderId, _flow.PaymentId, PaymentStatuses.Refunded, Now), Now).State;

        var result = CreateOrderSaga.OnStepTimeout(state, Now, Retries);

        Assert.Equal(
            ["order.cancel", "notification.send"],
            result.Commands.Select(c => c.Name));
        Assert.Equal(SagaStates.Compensating, result.State.Status);
    }

    [Fact]
    public void ACompensationThatNeverCompletes_ParksAsFailed()
    {
        var state = CreateOrderSaga.On(_flow.After(1), new PaymentFailed(_flow.OrderId, "DECLINED", "no", Now), Now).State;

        var result = CreateOrderSaga.OnStepTimeout(state with { Attempts = Retries }, Now, Retries);

        Assert.Equal(SagaStates.Failed, result.State.Status);
        Assert.Equal(CancellationReasons.PaymentFailed, result.State.CancellationReason);
    }

    [Fact]
    public void ATerminalSaga_IgnoresTimeouts()
    {
        var result = CreateOrderSaga.OnStepTimeout(_flow.After(6), Now, Retries);

        Assert.False(result.Applied);
        Assert.Empty(result.Commands);
    }

    [Fact]
    public void TheAuthorizationStep_WaitsForThePaymentTimeout()
    {
        var options = new SagasOptions { StepTimeout = TimeSpan.FromSeconds(10), PaymentStepTimeout = TimeSpan.FromSeconds(60) };

        Assert.Equal(TimeSpan.FromSeconds(10), CreateOrderSaga.StepTimeout(_flow.After(0), options));
        Assert.Equal(TimeSpan.FromSeconds(60), CreateOrderSaga.StepTimeout(_flow.After(1), options));
        Assert.Equal(TimeSpan.FromSeconds(10), CreateOrderSaga.StepTimeout(_flow.After(2), options));
    }
}
