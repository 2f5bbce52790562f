using CampusG.Escrow.Contracts;
using CampusG.Inventory.Contracts;
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
/// Cancel Order. A window ran out (R-SAGA-4 in docs/requirements.md; for menu orders R-MENU-4 and R-MENU-5: no runner,
/// no restaurant decision, no rider): cancel the order only if it is still in the window's status → refund the escrow →
/// revert the payment → release a menu order's stock → tell the customer; a rejected cancel (someone took the order)
/// ends it. A party cancelled (the customer, or the restaurant rejecting it): cancel the timer, refund, revert, release
/// the stock and notify at once.
/// </summary>
internal sealed partial class CancelOrderSaga : ISaga<CancelOrderState>
{
    public const string NotCancelledOutcome = "not cancelled: accepted";

    public static string Type => "CancelOrder";

    /// <summary>Its starts need the current window round, which a handler looks up (<c>CancelOrderStarter</c>).</summary>
    public static SagaRoutes<CancelOrderState> Routes { get; } = new SagaRoutes<CancelOrderState>()
        .StartedExplicitly<WindowTimedOut>()
        .StartedExplicitly<CancelledByParty>()
        .Consumes<TimerCancelled>()
        .Consumes<OrderCancelled>(m => IsWindowReason(m.Reason))
        .Consumes<OrderCancelRejected>()
        .Consumes<PaymentReverted>()
        .Consumes<FundsRefunded>()
        .Consumes<StockReleased>()
        .Consumes<NotificationSent>(StatusNotifications.IsSagaNotification);

    /// <summary>The reasons of a window that ran out, which this saga cancels the order with itself.</summary>
    public static bool IsWindowReason(string reason) =>
        reason is CancellationReasons.Timeout or CancellationReasons.RestaurantTimeout or CancellationReasons.NoRider;

    public static Result On(CancelOrderState state, object message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var result = message switch
        {
            WindowTimedOut m when SagaStates.IsTerminal(state.Status) && m.TimerId != state.TimerId => Start(m),
            CancelledByParty m when state.Reason != m.Reason
                && (SagaStates.IsTerminal(state.Status) || state.Step == Steps.CancelOrder) => Start(m),
            _ when state.Status != SagaStates.Running => null,
            _ => OnRunning(state, message),
        };
        return result ?? Result.Ignored(state, $"not applicable in state {state.Status} at step {state.Step}");
    }

    /// <summary>The current window ran out: cancel the order if it is still in the window's status.</summary>
    public static Result Start(WindowTimedOut timedOut)
    {
        ArgumentNullException.ThrowIfNull(timedOut);
        var state = new CancelOrderState(timedOut.OrderId, timedOut.TimerId)
        {
            Reason = timedOut.Reason, OnlyIfStatus = timedOut.OnlyIfStatus, Round = timedOut.Round,
        };
        return Result.Send(state, StepCommands(state), $"timed out ({timedOut.Reason})");
    }

    /// <summary>A party cancelled the order: undo everything at once.</summary>
    public static Result Start(CancelledByParty cancelled)
    {
        ArgumentNullException.ThrowIfNull(cancelled);
        List<string> awaiting = [MessageName.Of<CancelTimer>(), MessageName.Of<RefundFunds>(), MessageName.Of<RevertPayment>()];
        if (cancelled.Kind == OrderKinds.Menu)
        {
            awaiting.Add(MessageName.Of<ReleaseStock>());
        }

        awaiting.Add(MessageName.Of<SendNotification>());
        var state = new CancelOrderState(cancelled.OrderId, cancelled.TimerId)
        {
            Step = Steps.CustomerCancel, CustomerId = cancelled.CustomerId, Reason = cancelled.Reason, Kind = cancelled.Kind, AwaitingReplies = awaiting,
        };
        var outcome = cancelled.Reason == CancellationReasons.CustomerCancelled ? "customer cancelled" : $"cancelled ({cancelled.Reason})";
        return Result.Send(state, StepCommands(state), outcome);
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
        (Steps.CancelOrder, OrderCancelled m) when m.Reason == state.Reason =>
            Next(state with { Step = Steps.RefundFunds, CustomerId = m.CustomerId, Kind = m.Kind }),
        (Steps.RefundFunds, FundsRefunded) => Next(state with { Step = Steps.RevertPayment }),
        (Steps.RevertPayment, PaymentReverted) => Next(state with { Step = state.Kind == OrderKinds.Menu ? Steps.ReleaseStock : Steps.Notify }),
        (Steps.ReleaseStock, StockReleased) => Next(state with { Step = Steps.Notify }),
        (Steps.Notify, NotificationSent m) when m.NotificationId == TimedOutNotificationId(state.OrderId) =>
            Result.Done(state with { Status = SagaStates.Completed }, $"completed ({state.Reason}, refunded)"),
        (Steps.CustomerCancel, TimerCancelled m) when m.TimerId == state.TimerId => Confirmed(state, MessageName.Of<CancelTimer>()),
        (Steps.CustomerCancel, FundsRefunded) => Confirmed(state, MessageName.Of<RefundFunds>()),
        (Steps.CustomerCancel, PaymentReverted) => Confirmed(state, MessageName.Of<RevertPayment>()),
        (Steps.CustomerCancel, StockReleased) => Confirmed(state, MessageName.Of<ReleaseStock>()),
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
        [] => Result.Done(
            state with { Status = SagaStates.Completed, AwaitingReplies = [] },
            state.Reason == CancellationReasons.CustomerCancelled ? "completed (customer cancelled, refunded)" : $"completed ({state.Reason}, refunded)"),
        var awaiting => Result.Done(state with { AwaitingReplies = awaiting }, $"{reply} confirmed; awaiting {string.Join(", ", awaiting)}"),
    };
}
