using CampusG.Escrow.Contracts;
using CampusG.Messaging.Serialization;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;
using CampusG.Timers.Contracts;
using Result = CampusG.Sagas.Engine.StepResult<CampusG.Sagas.Definitions.CancelOrderState>;
using Steps = CampusG.Sagas.Definitions.CancelOrderSteps;

namespace CampusG.Sagas.Definitions;

/// <summary>
/// Cancel Order. Timeout (R-SAGA-4 in docs/requirements.md): cancel the order only if still CREATED → refund the
/// escrow → revert the payment → offer the customer a retry; a rejected cancel (a runner won) ends it.
/// Customer cancel: cancel the timer, refund, revert and notify at once.
/// </summary>
internal sealed partial class CancelOrderSaga : ISaga<CancelOrderState>
{
    public const string NotCancelledOutcome = "not cancelled: accepted";

    public static string Type => "CancelOrder";

    /// <summary>Its starts need the current acceptance round, which a handler looks up (<c>CancelOrderStarter</c>).</summary>
    public static SagaRoutes<CancelOrderState> Routes { get; } = new SagaRoutes<CancelOrderState>()
        .StartedExplicitly<AcceptanceTimedOut>()
        .StartedExplicitly<CustomerCancelled>()
        .Consumes<TimerCancelled>()
        .Consumes<OrderCancelled>(m => m.Reason == CancellationReasons.Timeout)
        .Consumes<OrderCancelRejected>()
        .Consumes<PaymentReverted>()
        .Consumes<FundsRefunded>()
        .Consumes<NotificationSent>(StatusNotifications.IsSagaNotification);

    public static Result On(CancelOrderState state, object message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var result = message switch
        {
            AcceptanceTimedOut m when SagaStates.IsTerminal(state.Status) && m.TimerId != state.TimerId => Start(m),
            CustomerCancelled m when state.Reason != CancellationReasons.CustomerCancelled
                && (SagaStates.IsTerminal(state.Status) || state.Step == Steps.CancelOrder) => Start(m),
            _ when state.Status != SagaStates.Running => null,
            _ => OnRunning(state, message),
        };
        return result ?? Result.Ignored(state, $"not applicable in state {state.Status} at step {state.Step}");
    }

    /// <summary>The current acceptance window ran out: cancel the order if it is still CREATED.</summary>
    public static Result Start(AcceptanceTimedOut timedOut)
    {
        ArgumentNullException.ThrowIfNull(timedOut);
        var state = new CancelOrderState(timedOut.OrderId, timedOut.TimerId) { Reason = CancellationReasons.Timeout, Round = timedOut.Round };
        return Result.Send(state, StepCommands(state), "timed out");
    }

    /// <summary>The customer cancelled: undo everything at once.</summary>
    public static Result Start(CustomerCancelled cancelled)
    {
        ArgumentNullException.ThrowIfNull(cancelled);
        List<string> awaiting =
            [MessageName.Of<CancelTimer>(), MessageName.Of<RefundFunds>(), MessageName.Of<RevertPayment>(), MessageName.Of<SendNotification>()];
        var state = new CancelOrderState(cancelled.OrderId, cancelled.TimerId)
        {
            Step = Steps.CustomerCancel, CustomerId = cancelled.CustomerId, Reason = CancellationReasons.CustomerCancelled, AwaitingReplies = awaiting,
        };
        return Result.Send(state, StepCommands(state), "customer cancelled");
    }

    public static Result OnStepTimeout(CancelOrderState state, DateTimeOffset now, int maxRetries) => StepRetry.OnTimeout(
        state,
        maxRetries,
        (s, attempts) => s with { Attempts = attempts },
        StepCommands,
        () => StepRetry.GaveUp(state with { Status = SagaStates.Failed }, maxRetries));

    public static TimeSpan StepTimeout(CancelOrderState state, SagasOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.StepTimeout;
    }

    private static Result? OnRunning(CancelOrderState state, object message) => (state.Step, message) switch
    {
        (Steps.CancelOrder, OrderCancelRejected m) => Result.Done(state with { Status = SagaStates.Completed }, $"{NotCancelledOutcome} (order {m.Status})"),
        (Steps.CancelOrder, OrderCancelled { Reason: CancellationReasons.Timeout } m) =>
            Next(state with { Step = Steps.RefundFunds, CustomerId = m.CustomerId }),
        (Steps.RefundFunds, FundsRefunded) => Next(state with { Step = Steps.RevertPayment }),
        (Steps.RevertPayment, PaymentReverted) => Next(state with { Step = Steps.Notify }),
        (Steps.Notify, NotificationSent m) when m.NotificationId == TimedOutNotificationId(state.OrderId) =>
            Result.Done(state with { Status = SagaStates.Completed }, "completed (timed out, refunded)"),
        (Steps.CustomerCancel, TimerCancelled m) when m.TimerId == state.TimerId => Confirmed(state, MessageName.Of<CancelTimer>()),
        (Steps.CustomerCancel, FundsRefunded) => Confirmed(state, MessageName.Of<RefundFunds>()),
        (Steps.CustomerCancel, PaymentReverted) => Confirmed(state, MessageName.Of<RevertPayment>()),
        (Steps.CustomerCancel, NotificationSent m) when m.NotificationId == CancelledNotificationId(state.OrderId) =>
            Confirmed(state, MessageName.Of<SendNotification>()),
        _ => null,
    };

    private static Result Next(CancelOrderState state)
    {
        var entered = state with { Attempts = 0 };
        return Result.Send(entered, StepCommands(entered));
    }

    private static Result? Confirmed(CancelOrderState state, string reply) => StepRetry.Without(state.AwaitingReplies, reply) switch
    {
        null => null,
        [] => Result.Done(state with { Status = SagaStates.Completed, AwaitingReplies = [] }, "completed (customer cancelled, refunded)"),
        var awaiting => Result.Done(state with { AwaitingReplies = awaiting }, $"{reply} confirmed; awaiting {string.Join(", ", awaiting)}"),
    };
}
