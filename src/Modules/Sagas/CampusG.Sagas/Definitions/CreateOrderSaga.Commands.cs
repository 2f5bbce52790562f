using CampusG.Escrow.Contracts;
using CampusG.Inventory.Contracts;
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
    public const string PlacedText = "Your order is placed: the restaurant is deciding.";
    public const string RestaurantNewOrderText = "A new order is waiting for your decision.";
    public const string TryLaterText = "Your order was cancelled because of a problem on our side. Please try again later.";

    /// <summary>The first acceptance window's timer; later windows (a runner cancels) count up.</summary>
    public static Guid AcceptanceTimerId(Guid orderId) => OrderTimers.AcceptanceTimerId(orderId, 1);

    /// <summary>The timer of the first window: an errand's acceptance, a menu order's restaurant decision.</summary>
    public static Guid FirstWindowTimerId(CreateOrderState s) =>
        s.Kind == OrderKinds.Menu ? OrderTimers.DecisionTimerId(s.OrderId) : AcceptanceTimerId(s.OrderId);

    public static Guid RestaurantNotificationId(Guid orderId) => DeterministicGuid.Create($"create-order:{orderId}:restaurant");

    public static Guid CreatedNotificationId(Guid orderId) => DeterministicGuid.Create($"create-order:{orderId}:created");

    public static Guid CancelledNotificationId(Guid orderId) => DeterministicGuid.Create($"create-order:{orderId}:cancelled");

    private static SagaCommand[] StepCommands(CreateOrderState s) => s.Step switch
    {
        Steps.ReserveStock => [SagaCommand.Of(new ReserveStock(s.OrderId, [.. s.Lines.Select(l => new StockLine(l.ItemId, l.Quantity))]))],
        Steps.RetrievePaymentInfo => [SagaCommand.Of(new RetrievePaymentInfo(s.OrderId, s.CustomerId, PaymentInfoRoles.Customer))],
        Steps.AuthorizePayment => [SagaCommand.Of(new AuthorizePayment(s.OrderId, s.CustomerId, s.FoodFee + s.DeliveryFee, Currency, s.GatewayToken ?? ""))],
        Steps.HoldFunds => [SagaCommand.Of(new HoldFunds(s.OrderId, s.CustomerId, s.PaymentId ?? Guid.Empty, s.FoodFee, s.DeliveryFee))],
        Steps.MarkCreated => [SagaCommand.Of(new MarkOrderCreated(s.OrderId))],
        Steps.ConfirmNotCreated => [SagaCommand.Of(new CancelOrder(s.OrderId, CancellationReasons.CreationFailed, OrderStatuses.PendingPayment))],
        Steps.StartTimer => [SagaCommand.Of(new StartTimer(
            FirstWindowTimerId(s), s.OrderId, s.Kind == OrderKinds.Menu ? TimerPurposes.RestaurantDecision : TimerPurposes.OrderAcceptance,
            s.AcceptanceExpiresAt ?? DateTimeOffset.MinValue))],
        Steps.Notify => [SagaCommand.Of(s.Kind == OrderKinds.Menu
            ? new SendNotification(CreatedNotificationId(s.OrderId), s.CustomerId, s.OrderId, NotificationTemplates.OrderPlaced, PlacedText)
            : new SendNotification(CreatedNotificationId(s.OrderId), s.CustomerId, s.OrderId, NotificationTemplates.OrderCreated, CreatedText))],
        Steps.NotifyRestaurant => [SagaCommand.Of(new SendNotification(
            RestaurantNotificationId(s.OrderId), s.RestaurantOwnerId ?? Guid.Empty, s.OrderId, NotificationTemplates.RestaurantNewOrder, RestaurantNewOrderText))],
        Steps.Compensate => [.. CompensationCommands(s).Where(c => s.AwaitingReplies.Contains(c.Name))],
        _ => [],
    };

    /// <summary>Every compensation that could apply; the state's <see cref="CreateOrderState.AwaitingReplies"/> picks the ones in play.</summary>
    private static SagaCommand[] CompensationCommands(CreateOrderState s)
    {
        var reason = s.CancellationReason ?? "";
        var checkPayment = reason is CancellationReasons.PaymentMethodMissing or CancellationReasons.PaymentFailed;
        var text = reason == CancellationReasons.OutOfStock
            ? $"Your order was cancelled: sold out: {s.OutOfStockItems}. You were not charged."
            : checkPayment ? CheckPaymentText : TryLaterText;
        return
        [
            SagaCommand.Of(new CancelOrder(s.OrderId, reason)),
            SagaCommand.Of(new RevertPayment(s.OrderId, reason)),
            SagaCommand.Of(new RefundFunds(s.OrderId, reason)),
            SagaCommand.Of(new ReleaseStock(s.OrderId, reason)),
            SagaCommand.Of(new SendNotification(
                CancelledNotificationId(s.OrderId),
                s.CustomerId,
                s.OrderId,
                checkPayment ? NotificationTemplates.PaymentFailed : NotificationTemplates.OrderCancelled,
                text)),
        ];
    }
}
