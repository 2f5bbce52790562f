using CampusG.Escrow.Contracts;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;
using Result = CampusG.Sagas.Engine.StepResult<CampusG.Sagas.Definitions.CompleteOrderState>;
using Steps = CampusG.Sagas.Definitions.CompleteOrderSteps;

namespace CampusG.Sagas.Definitions;

/// <summary>
/// Complete Order (R-SAGA-3 in docs/requirements.md), from DELIVERED, for both kinds of order: capture the payment (an
/// errand's receipt below the food fee captures less) → release the escrow into the payees' earnings (the runner; a menu
/// order's food fee to the restaurant's owner) → COMPLETED → receipt, rating prompts and earnings notices. Nothing here
/// waits for a card: payouts are the Payout saga's. A capture the gateway refuses or a release the escrow rejects fails
/// the saga for an operator; it never un-delivers.
/// </summary>
internal sealed partial class CompleteOrderSaga : ISaga<CompleteOrderState>
{
    public static string Type => "CompleteOrder";

    public static SagaRoutes<CompleteOrderState> Routes { get; } = new SagaRoutes<CompleteOrderState>()
        .StartedBy<OrderDelivered>((delivered, _) => Start(delivered))
        .Consumes<PaymentCaptured>()
        .Consumes<PaymentCaptureFailed>()
        .Consumes<FundsReleased>()
        .Consumes<FundsReleaseRejected>()
        .Consumes<OrderCompleted>()
        .Consumes<NotificationSent>(StatusNotifications.IsSagaNotification);

    public static Result Start(OrderDelivered delivered)
    {
        ArgumentNullException.ThrowIfNull(delivered);
        var saved = delivered is { Kind: OrderKinds.Errand, ActualFoodFee: { } actual } ? Math.Max(0m, delivered.FoodFee - actual) : 0m;
        var state = new CompleteOrderState(delivered.OrderId, delivered.CustomerId, delivered.RunnerId)
        {
            Kind = delivered.Kind,
            RestaurantOwnerId = delivered.Kind == OrderKinds.Menu ? delivered.RestaurantOwnerId : null,
            FoodFee = delivered.FoodFee,
            DeliveryFee = delivered.DeliveryFee,
            CustomerRefund = saved,
        };
        return Result.Send(state, StepCommands(state), "delivered");
    }

    public static Result On(CompleteOrderState state, object message, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        var result = state.Status == SagaStates.Running ? OnStep(state, message) : null;
        return result ?? Result.Ignored(state, $"not applicable in state {state.Status} at step {state.Step}");
    }

    public static Result OnStepTimeout(CompleteOrderState state, DateTimeOffset now, int maxRetries) => StepRetry.OnTimeout(
        state,
        maxRetries,
        (s, attempts) => s with { Attempts = attempts },
        StepCommands,
        () => StepRetry.GaveUp(state with { Status = SagaStates.Failed }, maxRetries));

    public static TimeSpan StepTimeout(CompleteOrderState state, SagasOptions options)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        return state.Step == Steps.CapturePayment ? options.PaymentStepTimeout : options.StepTimeout;
    }

    private static Result? OnStep(CompleteOrderState state, object message) => (state.Step, message) switch
    {
        (Steps.CapturePayment, PaymentCaptured) => Next(state with { Step = Steps.ReleaseFunds }),
        (Steps.CapturePayment, PaymentCaptureFailed m) => Fail(state, $"the capture failed ({m.Reason})"),
        (Steps.ReleaseFunds, FundsReleased) => Next(state with { Step = Steps.CompleteOrder }),
        (Steps.ReleaseFunds, FundsReleaseRejected m) => Fail(state, $"escrow rejected the release ({m.Status})"),
        (Steps.CompleteOrder, OrderCompleted) => Next(state with
        {
            Step = Steps.Notify, AwaitingReplies = [.. FinalNotifications(state).Select(n => n.NotificationId.ToString())],
        }),
        (Steps.Notify, NotificationSent m) => Confirmed(state, m.NotificationId.ToString()),
        _ => null,
    };

    private static Result Next(CompleteOrderState state)
    {
        var entered = state with { Attempts = 0 };
        return Result.Send(entered, StepCommands(entered));
    }

    private static Result Fail(CompleteOrderState state, string reason) => Result.Done(state with { Status = SagaStates.Failed }, $"failed: {reason}");

    private static Result? Confirmed(CompleteOrderState state, string notificationId) => StepRetry.Without(state.AwaitingReplies, notificationId) switch
    {
        null => null,
        [] => Result.Done(state with { Status = SagaStates.Completed, AwaitingReplies = [] }, "completed"),
        var awaiting => Result.Done(state with { AwaitingReplies = awaiting }, $"notification confirmed; {awaiting.Count} awaited"),
    };
}
