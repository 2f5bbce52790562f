using CampusG.Notifications.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Domain;
using CampusG.Timers.Contracts;
using static CampusG.Sagas.Tests.CreateOrderFlow;
using static CampusG.Sagas.Tests.LifecycleFlow;

namespace CampusG.Sagas.Tests;

/// <summary>The Accept Order saga's steps, as pure functions.</summary>
public sealed class AcceptOrderStepTests
{
    private readonly LifecycleFlow _flow = new();

    private AcceptOrderState Initial => AcceptOrderSaga.Initial(_flow.OrderId, _flow.CustomerId);

    [Fact]
    public void Accepted_StopsTheFirstRoundsTimer_AndTellsTheCustomer()
    {
        var result = AcceptOrderSaga.On(Initial, _flow.Accepted, Now);

        Assert.Equal(
            [
                new StopTimer(CreateOrderSaga.AcceptanceTimerId(_flow.OrderId)),
                new SendNotification(
                    AcceptOrderSaga.AcceptedNotificationId(_flow.OrderId, 1), _flow.CustomerId, _flow.OrderId,
                    NotificationTemplates.OrderAccepted, AcceptOrderSaga.AcceptedText),
            ],
            Messages(result));
        Assert.Equal(AcceptOrderSteps.Accepted, result.State.Step);
        Assert.Equal(_flow.RunnerId, result.State.RunnerId);
        Assert.Equal("round 1: sent timer.stop, notification.send", result.Outcome);
    }

    [Fact]
    public void Accepted_CompletesWhenTheTimerStoppedAndTheNotificationWasSent()
    {
        var accepted = AcceptOrderSaga.On(Initial, _flow.Accepted, Now).State;

        var stopped = AcceptOrderSaga.On(accepted, _flow.TimerStopped(1), Now);
        var done = AcceptOrderSaga.On(stopped.State, _flow.Sent(AcceptOrderSaga.AcceptedNotificationId(_flow.OrderId, 1), "x"), Now);

        Assert.Equal(SagaStates.Running, stopped.State.Status);
        Assert.Equal(SagaStates.Completed, done.State.Status);
        Assert.Empty(done.Commands);
    }

    [Fact]
    public void ADuplicateAccept_OrAnotherRoundsTimer_IsIgnored()
    {
        var accepted = AcceptOrderSaga.On(Initial, _flow.Accepted, Now).State;

        Assert.False(AcceptOrderSaga.On(accepted, _flow.Accepted, Now).Applied);
        Assert.False(AcceptOrderSaga.On(accepted, _flow.TimerStopped(2), Now).Applied);
    }

    [Fact]
    public void AcceptanceCancelled_StartsTheNextRoundsTimer_AndTellsTheCustomer()
    {
        var accepted = AcceptOrderSaga.On(Initial, _flow.Accepted, Now).State with { Status = SagaStates.Completed };

        var result = AcceptOrderSaga.On(accepted, _flow.AcceptanceCancelled(2), Now);

        Assert.Equal(
            [
                new StartTimer(_flow.TimerId(2), _flow.OrderId, TimerPurposes.OrderAcceptance, ExpiresAt),
                new SendNotification(
                    AcceptOrderSaga.CancelledNotificationId(_flow.OrderId, 2), _flow.CustomerId, _flow.OrderId,
                    NotificationTemplates.OrderAcceptanceCancelled, AcceptOrderSaga.AcceptanceCancelledText),
            ],
            Messages(result));
        Assert.Equal(SagaStates.Running, result.State.Status);
        Assert.Equal(2, result.State.Round);
    }

    [Fact]
    public void AcceptanceCancelled_CompletesOnTimerStartedAndNotificationSent_ThenANewAcceptStopsRoundTwo()
    {
        var cancelled = AcceptOrderSaga.On(AcceptOrderSaga.On(Initial, _flow.Accepted, Now).State, _flow.AcceptanceCancelled(2), Now).State;

        var started = AcceptOrderSaga.On(cancelled, _flow.TimerStarted(2), Now).State;
        var done = AcceptOrderSaga.On(started, _flow.Sent(AcceptOrderSaga.CancelledNotificationId(_flow.OrderId, 2), "x"), Now).State;
        var again = AcceptOrderSaga.On(done, _flow.Accepted, Now);

        Assert.Equal(SagaStates.Completed, done.Status);
        Assert.Equal(new StopTimer(_flow.TimerId(2)), Messages(again)[0]);
        Assert.False(AcceptOrderSaga.On(done, _flow.AcceptanceCancelled(2), Now).Applied);
    }

    [Fact]
    public void AStepTimeout_ResendsOnlyTheUnansweredCommands_ThenFails()
    {
        var accepted = AcceptOrderSaga.On(AcceptOrderSaga.On(Initial, _flow.Accepted, Now).State, _flow.TimerStopped(1), Now).State;

        var retried = AcceptOrderSaga.OnStepTimeout(accepted, Now, 1);
        var failed = AcceptOrderSaga.OnStepTimeout(retried.State, Now, 1);

        Assert.IsType<SendNotification>(Assert.Single(Messages(retried)));
        Assert.Equal("timeout: retry 1 of 1: sent notification.send", retried.Outcome);
        Assert.Equal(SagaStates.Failed, failed.State.Status);
    }
}
