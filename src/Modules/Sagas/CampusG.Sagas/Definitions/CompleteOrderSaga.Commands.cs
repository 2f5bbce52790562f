using System.Globalization;
using CampusG.Escrow.Contracts;
using CampusG.Messaging;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Engine;
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

    public static Guid EarnedNotificationId(Guid orderId, Guid userId) => DeterministicGuid.Create($"complete-order:{orderId}:earned:{userId}");

    public static string EarnedText(decimal amount) =>
        string.Create(CultureInfo.InvariantCulture, $"S${amount:0.00} from this order is in your earnings. Cash out any time from Earnings.");

    /// <summary>The notifications once the order is COMPLETED: the receipt, a rating prompt for each side, and each payee's earnings.</summary>
    public static SendNotification[] FinalNotifications(CompleteOrderState s)
    {
        List<SendNotification> all =
        [
            new(CompletedNotificationId(s.OrderId), s.CustomerId, s.OrderId, NotificationTemplates.OrderCompleted, CompletedText),
            new(ReviewNotificationId(s.OrderId, s.CustomerId), s.CustomerId, s.OrderId, NotificationTemplates.ReviewRequested, ReviewCustomerText),
            new(ReviewNotificationId(s.OrderId, s.RunnerId), s.RunnerId, s.OrderId, NotificationTemplates.ReviewRequested, ReviewRunnerText),
            new(EarnedNotificationId(s.OrderId, s.RunnerId), s.RunnerId, s.OrderId, NotificationTemplates.EarningsReleased, EarnedText(s.RunnerEarns)),
        ];
        if (s.RestaurantOwnerId is { } owner)
        {
            all.Add(new(EarnedNotificationId(s.OrderId, owner), owner, s.OrderId, NotificationTemplates.EarningsReleased, EarnedText(s.FoodFee)));
        }

        return [.. all];
    }

    private static SagaCommand[] StepCommands(CompleteOrderState s) => s.Step switch
    {
        Steps.CapturePayment => [SagaCommand.Of(new CapturePayment(s.OrderId, s.Captured))],
        Steps.ReleaseFunds => [SagaCommand.Of(new ReleaseFunds(s.OrderId, s.RunnerId, s.RestaurantOwnerId, s.CustomerRefund))],
        Steps.CompleteOrder => [SagaCommand.Of(new CompleteOrder(s.OrderId))],
        Steps.Notify => [.. FinalNotifications(s).Where(n => s.AwaitingReplies.Contains(n.NotificationId.ToString())).Select(SagaCommand.Of)],
        _ => [],
    };
}
