using CampusG.Escrow.Contracts;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;
using CampusG.Users.Contracts;
using Result = CampusG.Sagas.Engine.StepResult<CampusG.Sagas.Definitions.CompleteOrderState>;
using Steps = CampusG.Sagas.Definitions.CompleteOrderSteps;

namespace CampusG.Sagas.Definitions;

/// <summary>
/// Complete Order (R-SAGA-3 in docs/requirements.md), from DELIVERED: runner's payout info → release the payment → release
/// the escrow → mark the order COMPLETED → receipt and rating prompts. A menu order (R-MENU-6): capture the payment →
/// release the escrow in two splits (food fee to the restaurant's owner, delivery fee to the rider) → COMPLETED →
/// receipt and rating prompts. A payout that keeps failing parks the saga as PAYOUT_PENDING for an operator's retry;
/// it never un-delivers and never compensates.
/// </summary>
internal sealed partial class CompleteOrderSaga : ISaga<CompleteOrderState>
{
    public static string Type => "CompleteOrder";

    public static SagaRoutes<CompleteOrderState> Routes { get; } = new SagaRoutes<CompleteOrderState>()
        .StartedBy<OrderDelivered>((delivered, _) => Start(delivered))
        .Consumes<PaymentCaptured>()
        .Consumes<PaymentCaptureFailed>()
        .Consumes<PaymentInfoRetrieved>(m => m.Role == PaymentInfoRoles.Runner)
        .Consumes<PaymentInfoMissing>(m => m.Role == PaymentInfoRoles.Runner)
        .Consumes<PaymentReleased>()
        .Consumes<PaymentReleaseFailed>()
        .Consumes<FundsReleased>()
        .Consumes<FundsReleaseRejected>()
        .Consumes<OrderCompleted>()
        .Consumes<NotificationSent>(StatusNotifications.IsSagaNotification);

    public static Result Start(OrderDelivered delivered)
    {
        ArgumentNullException.ThrowIfNull(delivered);
        var state = new CompleteOrderState(delivered.OrderId, delivered.CustomerId, delivered.RunnerId) { Kind = delivered.Kind };
        if (delivered.Kind == OrderKinds.Menu)
        {
            state = state with { Step = Steps.CapturePayment, RestaurantOwnerId = delivered.RestaurantOwnerId };
        }

        return Result.Send(state, StepCommands(state), "delivered");
    }

    public static Result On(CompleteOrderState state, object message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var result = state.Status is SagaStates.Running or SagaStates.PayoutPending ? OnStep(state, message) : null;
        return result ?? Result.Ignored(state, $"not applicable in state {state.Status} at step {state.Step}");
    }

    /// <summary>
    /// An operator retries a parked payout: back to RUNNING at the parked step, which re-sends its command. A payout
    /// parked at the release goes back to the runner's payout info first, so the next release round pays out to
    /// the method the runner has now (they may have replaced a card that was declined).
    /// </summary>
    public static Result OnRetry(CompleteOrderState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (state.Status != SagaStates.PayoutPending)
        {
            return Result.Ignored(state, $"not parked (state {state.Status})");
        }

        var running = state.Step == Steps.ReleasePayment
            ? state with { Step = Steps.RetrievePaymentInfo, ReleaseRound = state.ReleaseRound + 1 }
            : state;
        running = running with { Status = SagaStates.Running, Attempts = 0, ParkedReason = null };
        return Result.Send(running, StepCommands(running), "retried by an operator");
    }

    public static Result OnStepTimeout(CompleteOrderState state, DateTimeOffset now, int maxRetries) => StepRetry.OnTimeout(
        state,
        maxRetries,
        (s, attempts) => s with { Attempts = attempts },
        StepCommands,
        () => Steps.IsPayout(state.Step)
            ? Park(state, $"no reply after {maxRetries} retries")
            : StepRetry.GaveUp(state with { Status = SagaStates.Failed }, maxRetries));

    /// <summary>The runner's payout token is kept only while the release step may re-send it.</summary>
    public static CompleteOrderState Stored(CompleteOrderState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state is { Status: SagaStates.Running, Step: Steps.ReleasePayment } ? state : state with { RunnerPayoutToken = null };
    }

    public static TimeSpan StepTimeout(CompleteOrderState state, SagasOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        return state.Step == Steps.ReleasePayment ? options.PaymentStepTimeout : options.StepTimeout;
    }

    private static Result? OnStep(CompleteOrderState state, object message) => (state.Step, message) switch
    {
        (Steps.CapturePayment, PaymentCaptured) => Next(state with { Step = Steps.ReleaseFunds }),
        (Steps.CapturePayment, PaymentCaptureFailed m) => Park(state, $"the capture failed ({m.Reason})"),
        (Steps.RetrievePaymentInfo, PaymentInfoRetrieved m) when m.Role == PaymentInfoRoles.Runner =>
            Next(state with { Step = Steps.ReleasePayment, RunnerPayoutToken = m.GatewayToken }),
        (Steps.RetrievePaymentInfo, PaymentInfoMissing m) when m.Role == PaymentInfoRoles.Runner => Park(state, "the runner has no payout method"),
        (Steps.ReleasePayment, PaymentReleased) => Next(state with { Step = Steps.ReleaseFunds }),
        (Steps.ReleasePayment, PaymentReleaseFailed m) => Park(state, $"the payout failed ({m.Reason})"),
        (Steps.ReleaseFunds, FundsReleased) => Next(state with { Step = Steps.CompleteOrder }),
        (Steps.ReleaseFunds, FundsReleaseRejected m) => Park(state, $"escrow rejected the release ({m.Status})"),
        (Steps.CompleteOrder, OrderCompleted) => Next(state with
        {
            Step = Steps.Notify, AwaitingReplies = [.. FinalNotifications(state).Select(n => n.NotificationId.ToString())],
        }),
        (Steps.Notify, NotificationSent m) => Confirmed(state, m.NotificationId.ToString()),
        _ => null,
    };

    private static Result Next(CompleteOrderState state)
    {
        var entered = state with { Status = SagaStates.Running, Attempts = 0, ParkedReason = null };
        return Result.Send(entered, StepCommands(entered));
    }

    private static Result Park(CompleteOrderState state, string reason) =>
        Result.Done(state with { Status = SagaStates.PayoutPending, ParkedReason = reason }, $"payout pending: {reason}");

    private static Result? Confirmed(CompleteOrderState state, string notificationId) => StepRetry.Without(state.AwaitingReplies, notificationId) switch
    {
        null => null,
        [] => Result.Done(state with { Status = SagaStates.Completed, AwaitingReplies = [] }, "completed"),
        var awaiting => Result.Done(state with { AwaitingReplies = awaiting }, $"notification confirmed; {awaiting.Count} awaited"),
    };
}
