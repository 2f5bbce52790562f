using CampusG.Messaging;
using CampusG.Messaging.Serialization;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;
using CampusG.Timers.Contracts;
using Result = CampusG.Sagas.Engine.StepResult<CampusG.Sagas.Definitions.AcceptOrderState>;
using Steps = CampusG.Sagas.Definitions.AcceptOrderSteps;

namespace CampusG.Sagas.Definitions;

/// <summary>
/// Accept Order (R-SAGA-2 in docs/requirements.md): a runner accepted → stop the acceptance timer and notify the customer;
/// the runner cancelled → start the next round's timer and notify. COMPLETED when both replies are in;
/// a later accept or cancel re-enters the same instance.
/// </summary>
internal sealed class AcceptOrderSaga : ISaga<AcceptOrderState>
{
    public const string AcceptedText = "A runner accepted your order.";
    public const string AcceptanceCancelledText = "Your runner gave the order back; we are looking for another runner.";

    public static string Type => "AcceptOrder";

    public static SagaRoutes<AcceptOrderState> Routes { get; } = new SagaRoutes<AcceptOrderState>()
        .StartedBy<OrderAccepted>((m, now) => On(Initial(m.OrderId, m.CustomerId), m, now))
        .StartedBy<OrderAcceptanceCancelled>((m, now) => On(Initial(m.OrderId, m.CustomerId), m, now))
        .Consumes<TimerStopped>()
        .Consumes<TimerStarted>()
        .Consumes<NotificationSent>(StatusNotifications.IsSagaNotification);

    /// <summary>The timer of acceptance window <paramref name="round"/>; round 1 is <see cref="CreateOrderSaga.AcceptanceTimerId"/>.</summary>
    public static Guid AcceptanceTimerId(Guid orderId, int round) => DeterministicGuid.Create($"acceptance:{orderId}:{round}");

    public static Guid AcceptedNotificationId(Guid orderId, int round) => DeterministicGuid.Create($"accept-order:{orderId}:{round}:accepted");

    public static Guid CancelledNotificationId(Guid orderId, int round) => DeterministicGuid.Create($"accept-order:{orderId}:{round}:cancelled");

    public static AcceptOrderState Initial(Guid orderId, Guid customerId) => new(orderId, customerId);

    public static Result On(AcceptOrderState state, object message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var result = message switch
        {
            OrderAccepted m when state.Step != Steps.Accepted || state.RunnerId != m.RunnerId =>
                Enter(state with { Step = Steps.Accepted, RunnerId = m.RunnerId }, [MessageName.Of<StopTimer>(), MessageName.Of<SendNotification>()]),
            OrderAcceptanceCancelled m when m.AcceptanceRound > state.Round => Enter(
                state with { Step = Steps.AcceptanceCancelled, Round = m.AcceptanceRound, AcceptanceExpiresAt = m.AcceptanceExpiresAt },
                [MessageName.Of<StartTimer>(), MessageName.Of<SendNotification>()]),
            _ when state.Status != SagaStates.Running => null,
            TimerStopped m when state.Step == Steps.Accepted && m.TimerId == AcceptanceTimerId(state.OrderId, state.Round) =>
                Confirmed(state, MessageName.Of<StopTimer>()),
            TimerStarted m when state.Step == Steps.AcceptanceCancelled && m.TimerId == AcceptanceTimerId(state.OrderId, state.Round) =>
                Confirmed(state, MessageName.Of<StartTimer>()),
            NotificationSent m when m.NotificationId == NotificationId(state) => Confirmed(state, MessageName.Of<SendNotification>()),
            _ => null,
        };
        return result ?? Result.Ignored(state, $"not applicable in state {state.Status} at step {state.Step} (round {state.Round})");
    }

    public static Result OnStepTimeout(AcceptOrderState state, DateTimeOffset now, int maxRetries) => StepRetry.OnTimeout(
        state,
        maxRetries,
        (s, attempts) => s with { Attempts = attempts },
        StepCommands,
        () => StepRetry.GaveUp(state with { Status = SagaStates.Failed }, maxRetries));

    public static TimeSpan StepTimeout(AcceptOrderState state, SagasOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.StepTimeout;
    }

    private static Result Enter(AcceptOrderState state, IReadOnlyList<string> awaiting)
    {
        var entered = state with { Status = SagaStates.Running, Attempts = 0, AwaitingReplies = awaiting };
        return Result.Send(entered, StepCommands(entered), $"round {entered.Round}");
    }

    private static Result? Confirmed(AcceptOrderState state, string reply) => StepRetry.Without(state.AwaitingReplies, reply) switch
    {
        null => null,
        [] => Result.Done(state with { Status = SagaStates.Completed, AwaitingReplies = [] }, $"completed ({state.Step}, round {state.Round})"),
        var awaiting => Result.Done(state with { AwaitingReplies = awaiting }, $"{reply} confirmed; awaiting {string.Join(", ", awaiting)}"),
    };

    private static Guid NotificationId(AcceptOrderState s) => s.Step == Steps.Accepted
        ? AcceptedNotificationId(s.OrderId, s.Round)
        : CancelledNotificationId(s.OrderId, s.Round);

    /// <summary>The step's commands still awaiting a reply, derived from the state alone so a re-send repeats them exactly.</summary>
    private static SagaCommand[] StepCommands(AcceptOrderState s)
    {
        var accepted = s.Step == Steps.Accepted;
        SagaCommand[] all =
        [
            SagaCommand.Of(new StopTimer(AcceptanceTimerId(s.OrderId, s.Round))),
            SagaCommand.Of(new StartTimer(
                AcceptanceTimerId(s.OrderId, s.Round), s.OrderId, TimerPurposes.OrderAcceptance, s.AcceptanceExpiresAt ?? DateTimeOffset.MinValue)),
            SagaCommand.Of(new SendNotification(
                NotificationId(s), s.CustomerId, s.OrderId,
                accepted ? NotificationTemplates.OrderAccepted : NotificationTemplates.OrderAcceptanceCancelled,
                accepted ? AcceptedText : AcceptanceCancelledText)),
        ];
        return [.. all.Where(c => s.AwaitingReplies.Contains(c.Name))];
    }
}
