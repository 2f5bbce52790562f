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
/// Accept Order (R-SAGA-2 in docs/requirements.md): a runner accepted → stop the acceptance timer, start an errand's
/// delivery deadline timer (R-RIDE-6) and notify the customer;
/// the runner cancelled → start the next round's timer and notify. COMPLETED when both replies are in;
/// a later accept or cancel re-enters the same instance. For a menu order (R-MENU-4, R-MENU-5) the windows are rider windows,
/// and the restaurant's acceptance opens the first one: stop the decision timer, start rider window 1, tell the
/// customer the ETA.
/// </summary>
internal sealed class AcceptOrderSaga : ISaga<AcceptOrderState>
{
    public const string AcceptedText = "A runner accepted your order.";
    public const string AcceptanceCancelledText = "Your runner gave the order back; we are looking for another runner.";
    public const string RiderAssignedText = "A rider is on the way to pick up your order.";
    public const string RiderGaveBackText = "Your rider gave the order back; we are looking for another rider.";

    public static string Type => "AcceptOrder";

    public static SagaRoutes<AcceptOrderState> Routes { get; } = new SagaRoutes<AcceptOrderState>()
        .StartedBy<OrderRestaurantAccepted>((m, now) => On(Initial(m.OrderId, m.CustomerId) with { Kind = OrderKinds.Menu, Round = 0 }, m, now))
        .StartedBy<OrderAccepted>((m, now) => On(Initial(m.OrderId, m.CustomerId) with { Kind = m.Kind }, m, now))
        .StartedBy<OrderAcceptanceCancelled>((m, now) => On(Initial(m.OrderId, m.CustomerId), m, now))
        .Consumes<TimerStopped>()
        .Consumes<TimerStarted>()
        .Consumes<NotificationSent>(StatusNotifications.IsSagaNotification);

    /// <summary>The timer of an errand's acceptance window <paramref name="round"/>; round 1 is <see cref="CreateOrderSaga.AcceptanceTimerId"/>.</summary>
    public static Guid AcceptanceTimerId(Guid orderId, int round) => OrderTimers.AcceptanceTimerId(orderId, round);

    public static Guid ConfirmedNotificationId(Guid orderId) => DeterministicGuid.Create($"accept-order:{orderId}:confirmed");

    public static Guid AcceptedNotificationId(Guid orderId, int round) => DeterministicGuid.Create($"accept-order:{orderId}:{round}:accepted");

    public static Guid CancelledNotificationId(Guid orderId, int round) => DeterministicGuid.Create($"accept-order:{orderId}:{round}:cancelled");

    public static AcceptOrderState Initial(Guid orderId, Guid customerId) => new(orderId, customerId);

    public static Result On(AcceptOrderState state, object message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var result = message switch
        {
            OrderRestaurantAccepted m when state.Round == 0 => Enter(
                state with { Step = Steps.RestaurantAccepted, Round = 1, AcceptanceExpiresAt = m.RiderWindowExpiresAt, EstimatedReadyTime = m.EstimatedReadyTime, Eta = m.Eta },
                [MessageName.Of<StopTimer>(), MessageName.Of<StartTimer>(), MessageName.Of<SendNotification>()]),
            OrderAccepted m when state.Step != Steps.Accepted || state.RunnerId != m.RunnerId => Enter(
                state with { Step = Steps.Accepted, RunnerId = m.RunnerId, DeliveryDeadline = m.DeliveryDeadline },
                m.DeliveryDeadline is null
                    ? [MessageName.Of<StopTimer>(), MessageName.Of<SendNotification>()]
                    : [MessageName.Of<StopTimer>(), MessageName.Of<StartTimer>(), MessageName.Of<SendNotification>()]),
            OrderAcceptanceCancelled m when m.AcceptanceRound > state.Round => Enter(
                state with { Step = Steps.AcceptanceCancelled, Round = m.AcceptanceRound, AcceptanceExpiresAt = m.AcceptanceExpiresAt },
                [MessageName.Of<StartTimer>(), MessageName.Of<SendNotification>()]),
            _ when state.Status != SagaStates.Running => null,
            TimerStopped m when m.TimerId == TimerToStop(state) => Confirmed(state, MessageName.Of<StopTimer>()),
            TimerStarted m when m.TimerId == TimerToStart(state) => Confirmed(state, MessageName.Of<StartTimer>()),
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

    private static Guid NotificationId(AcceptOrderState s) => s.Step switch
    {
        Steps.RestaurantAccepted => ConfirmedNotificationId(s.OrderId),
        Steps.Accepted => AcceptedNotificationId(s.OrderId, s.Round),
        _ => CancelledNotificationId(s.OrderId, s.Round),
    };

    /// <summary>The timer this step stops: the decision timer when the restaurant accepted, the round's window when a runner did.</summary>
    private static Guid? TimerToStop(AcceptOrderState s) => s.Step switch
    {
        Steps.RestaurantAccepted => OrderTimers.DecisionTimerId(s.OrderId),
        Steps.Accepted => OrderTimers.RunnerWindowTimerId(s.Kind, s.OrderId, s.Round),
        _ => null,
    };

    /// <summary>
    /// The window this step opens for runners; when a runner accepted an errand, its delivery deadline (R-RIDE-6) of this
    /// round instead.
    /// </summary>
    private static Guid? TimerToStart(AcceptOrderState s) => s.Step switch
    {
        Steps.Accepted when s.DeliveryDeadline is not null => OrderTimers.DeliveryTimerId(s.OrderId, s.Round),
        Steps.Accepted => null,
        _ => OrderTimers.RunnerWindowTimerId(s.Kind, s.OrderId, s.Round),
    };

    private static StartTimer StartTimer(AcceptOrderState s, Guid timerId) => s.Step == Steps.Accepted
        ? new StartTimer(timerId, s.OrderId, TimerPurposes.DeliveryDeadline, s.DeliveryDeadline ?? DateTimeOffset.MinValue)
        : new StartTimer(
            timerId, s.OrderId, s.Kind == OrderKinds.Menu ? TimerPurposes.RiderWindow : TimerPurposes.OrderAcceptance,
            s.AcceptanceExpiresAt ?? DateTimeOffset.MinValue);

    private static (string Template, string Text) Notice(AcceptOrderState s) => (s.Step, s.Kind) switch
    {
        (Steps.RestaurantAccepted, _) => (NotificationTemplates.OrderConfirmed,
            $"The restaurant accepted your order: ready about {s.EstimatedReadyTime:HH:mm}, with you about {s.Eta ?? s.EstimatedReadyTime:HH:mm} (UTC)."),
        (Steps.Accepted, OrderKinds.Menu) => (NotificationTemplates.RiderAssigned, RiderAssignedText),
        (Steps.Accepted, _) => (NotificationTemplates.OrderAccepted, AcceptedText),
        (_, OrderKinds.Menu) => (NotificationTemplates.OrderAcceptanceCancelled, RiderGaveBackText),
        _ => (NotificationTemplates.OrderAcceptanceCancelled, AcceptanceCancelledText),
    };

    /// <summary>The step's commands still awaiting a reply, derived from the state alone so a re-send repeats them exactly.</summary>
    private static SagaCommand[] StepCommands(AcceptOrderState s)
    {
        var (template, text) = Notice(s);
        List<SagaCommand> all = [];
        if (TimerToStop(s) is { } stop)
        {
            all.Add(SagaCommand.Of(new StopTimer(stop)));
        }

        if (TimerToStart(s) is { } start)
        {
            all.Add(SagaCommand.Of(StartTimer(s, start)));
        }

        all.Add(SagaCommand.Of(new SendNotification(NotificationId(s), s.CustomerId, s.OrderId, template, text)));
        return [.. all.Where(c => s.AwaitingReplies.Contains(c.Name))];
    }
}
