using CampusG.Escrow.Contracts;
using CampusG.Messaging;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Engine;
using CampusG.Timers.Contracts;
using CampusG.Users.Contracts;
using Steps = CampusG.Sagas.Definitions.CreateOrderSteps;

namespace CampusG.Sagas.Definitions;

/// <summary>The command each step sends, derived from the state alone, so a re-send repeats it exactly.</summary>
internal sealed partial class CreateOrderSaga
{
    public const string Currency = "SGD";
    public const string CreatedText = "Your order is live: we are looking for a runner.";
    public const string CheckPaymentText = "Your order was cancelled: we could not charge your payment method. Please check your payment method and order again.";
    public const string TryLaterText = "Your order was cancelled because of a problem on our side. Please try again later.";

    /// <summary>The first acceptance window's timer; later windows (a runner cancels) count up.</summary>
    public static Guid AcceptanceTimerId(Guid orderId) => DeterministicGuid.Create($"acceptance:{orderId}:1");

    public static Guid CreatedNotificationId(Guid orderId) => DeterministicGuid.Create($"create-order:{orderId}:created");

    public static Guid CancelledNotificationId(Guid orderId) => DeterministicGuid.Create($"create-order:{orderId}:cancelled");

    private static SagaCommand[] StepCommands(CreateOrderState s) => s.Step switch
    {
        Steps.RetrievePaymentInfo => [SagaCommand.Of(new RetrievePaymentInfo(s.OrderId, s.CustomerId, PaymentInfoRoles.Customer))],
        Steps.AuthorizePayment => [SagaCommand.Of(new AuthorizePayment(s.OrderId, s.CustomerId, s.FoodFee + s.DeliveryFee, Currency, s.GatewayToken ?? ""))],
        Steps.HoldFunds => [SagaCommand.Of(new HoldFunds(s.OrderId, s.CustomerId, s.PaymentId ?? Guid.Empty, s.FoodFee, s.DeliveryFee))],
        Steps.MarkCreated => [SagaCommand.Of(new MarkOrderCreated(s.OrderId))],
        Steps.ConfirmNotCreated => [SagaCommand.Of(new CancelOrder(s.OrderId, CancellationReasons.CreationFailed, OrderStatuses.PendingPayment))],
        Steps.StartTimer => [SagaCommand.Of(new StartTimer(
            AcceptanceTimerId(s.OrderId), s.OrderId, TimerPurposes.OrderAcceptance, s.AcceptanceExpiresAt ?? DateTimeOffset.MinValue))],
        Steps.Notify => [SagaCommand.Of(new SendNotification(
            CreatedNotificationId(s.OrderId), s.CustomerId, s.OrderId, NotificationTemplates.OrderCreated, CreatedText))],
        Steps.Compensate => [.. CompensationCommands(s).Where(c => s.AwaitingReplies.Contains(c.Name))],
        _ => [],
    };

    /// <summary>Every compensation that could apply; the state's <see cref="CreateOrderState.AwaitingReplies"/> picks the ones in play.</summary>
    private static SagaCommand[] CompensationCommands(CreateOrderState s)
    {
        var reason = s.CancellationReason ?? "";
        var checkPayment = reason is CancellationReasons.PaymentMethodMissing or CancellationReasons.PaymentFailed;
        return
        [
            SagaCommand.Of(new CancelOrder(s.OrderId, reason)),
            SagaCommand.Of(new RevertPayment(s.OrderId, reason)),
            SagaCommand.Of(new RefundFunds(s.OrderId, reason)),
            SagaCommand.Of(new SendNotification(
                CancelledNotificationId(s.OrderId),
                s.CustomerId,
                s.OrderId,
                checkPayment ? NotificationTemplates.PaymentFailed : NotificationTemplates.OrderCancelled,
                checkPayment ? CheckPaymentText : TryLaterText)),
        ];
    }
}
