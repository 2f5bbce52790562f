using CampusG.Escrow.Contracts;
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

    public static Guid TimedOutNotificationId(Guid orderId) => DeterministicGuid.Create($"cancel-order:{orderId}:timed-out");

    public static Guid CancelledNotificationId(Guid orderId) => DeterministicGuid.Create($"cancel-order:{orderId}:cancelled");

    private static SagaCommand[] StepCommands(CancelOrderState s) => s.Step switch
    {
        Steps.CancelOrder => [SagaCommand.Of(new CancelOrder(s.OrderId, CancellationReasons.Timeout, OrderStatuses.Created, s.Round > 0 ? s.Round : null))],
        Steps.RefundFunds => [SagaCommand.Of(new RefundFunds(s.OrderId, s.Reason))],
        Steps.RevertPayment => [SagaCommand.Of(new RevertPayment(s.OrderId, s.Reason))],
        Steps.Notify => [SagaCommand.Of(new SendNotification(
            TimedOutNotificationId(s.OrderId), s.CustomerId, s.OrderId, NotificationTemplates.OrderTimedOut, TimedOutText))],
        Steps.CustomerCancel => [.. CustomerCancelCommands(s).Where(c => s.AwaitingReplies.Contains(c.Name))],
        _ => [],
    };

    private static SagaCommand[] CustomerCancelCommands(CancelOrderState s) =>
    [
        SagaCommand.Of(new CancelTimer(s.TimerId)),
        SagaCommand.Of(new RefundFunds(s.OrderId, s.Reason)),
        SagaCommand.Of(new RevertPayment(s.OrderId, s.Reason)),
        SagaCommand.Of(new SendNotification(
            CancelledNotificationId(s.OrderId), s.CustomerId, s.OrderId, NotificationTemplates.OrderCancelled, CancelledText)),
    ];
}
