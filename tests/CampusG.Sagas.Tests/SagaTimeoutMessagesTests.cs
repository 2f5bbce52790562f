using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Domain;
using CampusG.Users.Contracts;

namespace CampusG.Sagas.Tests;

/// <summary>The sweeper on the real host: a step without a reply is re-sent, then failed.</summary>
public sealed class SagaTimeoutMessagesTests
{
    [Fact]
    public async Task AStepWithoutAReply_ResendsItsCommand()
    {
        await using var t = await SagaTestHost.StartAsync(
            ("Sagas:StepTimeout", "00:00:00.300"), ("Sagas:SweepInterval", "00:00:00.050"), ("Sagas:StepRetries", "5"));

        await t.SendAsync(t.Flow.Created);
        var sent = await t.CommandsAsync<RetrievePaymentInfo>(2);

        Assert.Equal(sent[0], sent[1]);
        var steps = await t.WaitForStepAsync("timeout: retry 1 of 5: sent user.retrievePaymentInfo");
        Assert.Contains(steps, s => s.Message == "saga.stepTimeout");
        var saga = await t.FindAsync();
        Assert.Equal(SagaStates.Running, saga!.State);
        Assert.True(saga.StepAttempts >= 1);
    }

    [Fact]
    public async Task AStepWhoseCommandIsStillQueued_GetsMoreTime_InsteadOfAResend()
    {
        await using var t = await SagaTestHost.StartAsync(
            ("Sagas:StepTimeout", "00:00:00.300"), ("Sagas:SweepInterval", "00:00:00.050"), ("Sagas:StepRetries", "5"));
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        t.Probe.Hold = release; // the participant is behind: the saga's command stays in the Sagas outbox

        await t.SendAsync(t.Flow.Created);
        var first = await t.WaitForSagaAsync(s => s.StepDeadline is not null, "the saga's first step");
        var postponed = await t.WaitForSagaAsync(s => s.StepDeadline > first.StepDeadline, "a later deadline");

        Assert.Equal(0, postponed.StepAttempts);
        Assert.DoesNotContain(await t.StepsAsync(CreateOrderSaga.Type), s => s.Message == "saga.stepTimeout");
        release.SetResult();
        Assert.Single(await t.CommandsAsync<RetrievePaymentInfo>());
    }

    [Fact]
    public async Task RetriesExhausted_CompensateAsThatStepsFailure()
    {
        await using var t = await SagaTestHost.StartAsync(
            ("Sagas:StepTimeout", "00:00:00.200"), ("Sagas:SweepInterval", "00:00:00.050"), ("Sagas:StepRetries", "1"));

        await t.SendAsync(t.Flow.Created);
        var cancel = (await t.CommandsAsync<CancelOrder>())[0];

        Assert.Equal(CancellationReasons.PaymentMethodMissing, cancel.Reason);
        Assert.Equal(2, t.SentTypes().Count(type => type == "user.retrievePaymentInfo"));
        Assert.Equal(NotificationTemplates.PaymentFailed, (await t.CommandsAsync<SendNotification>())[0].Template);
        var steps = await t.WaitForStepAsync("compensating (PAYMENT_METHOD_MISSING)");
        Assert.Contains(steps, s => s.Message == "saga.stepTimeout" && s.Outcome.StartsWith("compensating", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACaptureWithoutAReply_IsResent_ThenFailsTheSagaForAnOperator()
    {
        await using var t = await SagaTestHost.StartAsync(
            ("Sagas:PaymentStepTimeout", "00:00:00.200"), ("Sagas:SweepInterval", "00:00:00.050"), ("Sagas:StepRetries", "1"));

        await t.SendAsync(t.Lifecycle.Delivered());
        var saga = await t.WaitForStateAsync(SagaStates.Failed, CompleteOrderSaga.Type);

        // the re-sent command was committed before the saga failed, but its relay may still be on the way
        Assert.Equal(2, (await t.CommandsAsync<CapturePayment>(2)).Count);
        Assert.Null(saga.StepDeadline);
        Assert.Equal(CompleteOrderSteps.CapturePayment, saga.CurrentStep);
    }
}
