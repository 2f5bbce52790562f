using CampusG.Messaging;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;

namespace CampusG.Sagas.Definitions;

/// <summary>
/// The customer hears of every status a runner reports (R-SAGA-3 in docs/requirements.md). Stateless: one notification per
/// order and status, its id derived from both, so a repeated update repeats the same command.
/// </summary>
internal static class StatusNotifications
{
    public const string DeliveredText = "Your order was delivered. Enjoy!";

    /// <summary>The templates these notifications use: their <c>NotificationSent</c> replies concern no saga.</summary>
    public static bool IsStatusTemplate(string template) =>
        template is NotificationTemplates.OrderStatusChanged or NotificationTemplates.OrderDelivered or NotificationTemplates.OrderPickedUp;

    /// <summary>A notification a saga sent (not a status one): the sagas' routes consume only these.</summary>
    public static bool IsSagaNotification(NotificationSent sent)
    {
        ArgumentNullException.ThrowIfNull(sent);
        return !IsStatusTemplate(sent.Template);
    }

    public static Guid NotificationId(Guid orderId, string status) => DeterministicGuid.Create($"order-status:{orderId}:{status}");

    /// <summary>The notification for <paramref name="update"/>, or null for a status the customer is not told about.</summary>
    public static SendNotification? For(OrderStatusUpdated update)
    {
        ArgumentNullException.ThrowIfNull(update);
        var (template, text) = update.Status switch
        {
            OrderStatuses.OnSite => (NotificationTemplates.OrderStatusChanged, "Your runner is at the shop."),
            OrderStatuses.Purchased => (NotificationTemplates.OrderStatusChanged, "Your runner bought your food."),
            OrderStatuses.Collected => (NotificationTemplates.OrderStatusChanged, "Your runner collected your order."),
            OrderStatuses.OnTheWay => (NotificationTemplates.OrderStatusChanged, "Your order is on the way."),
            OrderStatuses.PickedUp => (NotificationTemplates.OrderPickedUp, "Your rider picked up your order and is on the way."),
            OrderStatuses.Delivered => (NotificationTemplates.OrderDelivered, DeliveredText),
            _ => (null, null),
        };
        return template is null
            ? null
            : new SendNotification(NotificationId(update.OrderId, update.Status), update.CustomerId, update.OrderId, template, text!);
    }
}
