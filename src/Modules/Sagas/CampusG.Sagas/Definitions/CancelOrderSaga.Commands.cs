using CampusG.Escrow.Contracts;
using CampusG.Inventory.Contracts;
using CampusG.Messaging;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Engine;
using CampusG.Timers.Contracts;
using Steps = CampusG.Sagas.Definitions.CancelOrderSteps;

namespace CampusG.Sagas.Definitions;

/// <summary>The command each step sends, derived from the state alone, so a re-send repeats it exactly.</summary>
internal sealed partial class CancelOrderSaga
{
    public const string TimedOutText = "No runner took your order in time. Your payment was refunded; you can retry it.";
    public const string CancelledText = "Your order was cancelled. Your payment was refunded.";
    public const string RestaurantTimeoutText = "The restaurant did not answer in time, so your order was cancelled. Your payment was refunded.";
    public const string NoRiderText = "No rider could take your order in time, so it was cancelled. Your payment was refunded.";
    public const string RejectedText = "The restaurant could not take your order. Your payment was refunded.";
    public const string OperatorCancelledText = "CampusG support cancelled your order. Your payment was refunded.";
    public const string DeliveryTimeoutText = "Your runner did not deliver your errand in time, so it was cancelled. Your payment was refunded.";

    public static Guid TimedOutNotificationId(Guid orderId) => DeterministicGuid.Create($"cancel-order:{orderId}:timed-out");

    public static Guid CancelledNotificationId(Guid orderId) => DeterministicGuid.Create($"cancel-order:{orderId}:cancelled");

    private static SagaCommand[] StepCommands(CancelOrderState s) => s.Step switch
    {
        Steps.CancelOrder => [SagaCommand.Of(new CancelOrder(s.OrderId, s.Reason, s.OnlyIfStatus, s.Round > 0 ? s.Round : null))],
        Steps.RefundFunds => [SagaCommand.Of(new RefundFunds(s.OrderId, s.Reason))],
        Steps.RevertPayment => [SagaCommand.Of(new RevertPayment(s.OrderId, s.Reason))],
        Steps.ReleaseStock => [SagaCommand.Of(new ReleaseStock(s.OrderId, s.Reason))],
        Steps.Notify => [SagaCommand.Of(Notice(s, TimedOutNotificationId(s.OrderId)))],
        Steps.CustomerCancel => [.. CancelledByPartyCommands(s).Where(c => s.AwaitingReplies.Contains(c.Name))],
        _ => [],
    };

    private static SagaCommand[] CancelledByPartyCommands(CancelOrderState s) =>
    [
        SagaCommand.Of(new CancelTimer(s.TimerId)),
        SagaCommand.Of(new RefundFunds(s.OrderId, s.Reason)),
        SagaCommand.Of(new RevertPayment(s.OrderId, s.Reason)),
        SagaCommand.Of(new ReleaseStock(s.OrderId, s.Reason)),
        SagaCommand.Of(Notice(s, CancelledNotificationId(s.OrderId))),
    ];

    /// <summary>What the customer is told, by why the order was cancelled.</summary>
    private static SendNotification Notice(CancelOrderState s, Guid notificationId)
    {
        var (template, text) = s.Reason switch
        {
            CancellationReasons.Timeout => (NotificationTemplates.OrderTimedOut, TimedOutText),
            CancellationReasons.RestaurantTimeout => (NotificationTemplates.OrderCancelled, RestaurantTimeoutText),
            CancellationReasons.NoRider => (NotificationTemplates.OrderCancelled, NoRiderText),
            CancellationReasons.RestaurantRejected => (NotificationTemplates.OrderRejected, RejectedText),
            CancellationReasons.OperatorCancelled => (NotificationTemplates.OrderCancelled, OperatorCancelledText),
            CancellationReasons.DeliveryTimeout => (NotificationTemplates.OrderCancelled, DeliveryTimeoutText),
            _ => (NotificationTemplates.OrderCancelled, CancelledText),
        };
        return new SendNotification(notificationId, s.CustomerId, s.OrderId, template, text);
    }
}
