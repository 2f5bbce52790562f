using CampusG.Escrow.Contracts;
using CampusG.Messaging;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Engine;
using CampusG.Users.Contracts;
using Steps = CampusG.Sagas.Definitions.CompleteOrderSteps;

namespace CampusG.Sagas.Definitions;

/// <summary>The command each step sends, derived from the state alone, so a re-send repeats it exactly.</summary>
internal sealed partial class CompleteOrderSaga
{
    public const string CompletedText = "Your order is complete. Thank you for using CampusG!";
    public const string ReviewCustomerText = "How was your runner? Rate your delivery.";
    public const string ReviewRunnerText = "How was your customer? Rate this order.";

    public static Guid CompletedNotificationId(Guid orderId) => DeterministicGuid.Create($"complete-order:{orderId}:completed");

    public static Guid ReviewNotificationId(Guid orderId, Guid userId) => DeterministicGuid.Create($"complete-order:{orderId}:review:{userId}");

    /// <summary>The three notifications once the order is COMPLETED: the receipt and a rating prompt for each side.</summary>
    public static SendNotification[] FinalNotifications(CompleteOrderState s) =>
    [
        new(CompletedNotificationId(s.OrderId), s.CustomerId, s.OrderId, NotificationTemplates.OrderCompleted, CompletedText),
        new(ReviewNotificationId(s.OrderId, s.CustomerId), s.CustomerId, s.OrderId, NotificationTemplates.ReviewRequested, ReviewCustomerText),
        new(ReviewNotificationId(s.OrderId, s.RunnerId), s.RunnerId, s.OrderId, NotificationTemplates.ReviewRequested, ReviewRunnerText),
    ];

    private static SagaCommand[] StepCommands(CompleteOrderState s) => s.Step switch
    {
        Steps.CapturePayment => [SagaCommand.Of(new CapturePayment(s.OrderId))],
        Steps.RetrievePaymentInfo => [SagaCommand.Of(new RetrievePaymentInfo(s.OrderId, s.RunnerId, PaymentInfoRoles.Runner))],
        Steps.ReleasePayment => [SagaCommand.Of(new ReleasePayment(s.OrderId, s.RunnerId, s.RunnerPayoutToken ?? "", s.ReleaseRound))],
        Steps.ReleaseFunds => [SagaCommand.Of(new ReleaseFunds(s.OrderId, s.RunnerId, s.RestaurantOwnerId))],
        Steps.CompleteOrder => [SagaCommand.Of(new CompleteOrder(s.OrderId))],
        Steps.Notify => [.. FinalNotifications(s).Where(n => s.AwaitingReplies.Contains(n.NotificationId.ToString())).Select(SagaCommand.Of)],
        _ => [],
    };
}
