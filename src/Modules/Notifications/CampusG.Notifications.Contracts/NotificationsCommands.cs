using CampusG.Messaging;

namespace CampusG.Notifications.Contracts;

/// <summary>
/// Tells a user something, once per <paramref name="NotificationId"/> (senders derive it with
/// <c>DeterministicGuid</c>, so a re-sent command is recognised). Replies <see cref="NotificationSent"/>.
/// </summary>
/// <param name="Template"><see cref="NotificationTemplates"/>.</param>
[Message("notification.send")]
public sealed record SendNotification(Guid NotificationId, [Addressee] Guid UserId, Guid? OrderId, string Template, string Message);

/// <summary>The templates of docs/api.md.</summary>
public static class NotificationTemplates
{
    public const string OrderCreated = "ORDER_CREATED";
    public const string OrderAccepted = "ORDER_ACCEPTED";
    public const string OrderAcceptanceCancelled = "ORDER_ACCEPTANCE_CANCELLED";
    public const string OrderStatusChanged = "ORDER_STATUS_CHANGED";
    public const string OrderDelivered = "ORDER_DELIVERED";
    public const string OrderCompleted = "ORDER_COMPLETED";
    public const string OrderCancelled = "ORDER_CANCELLED";
    public const string OrderTimedOut = "ORDER_TIMED_OUT";
    public const string PaymentFailed = "PAYMENT_FAILED";
    public const string ReviewRequested = "REVIEW_REQUESTED";
    public const string OrderPlaced = "ORDER_PLACED";
    public const string RestaurantNewOrder = "RESTAURANT_NEW_ORDER";
    public const string OrderConfirmed = "ORDER_CONFIRMED";
    public const string OrderRejected = "ORDER_REJECTED";
    public const string RiderAssigned = "RIDER_ASSIGNED";
    public const string OrderPickedUp = "ORDER_PICKED_UP";
    public const string EarningsReleased = "EARNINGS_RELEASED";
    public const string PayoutPaid = "PAYOUT_PAID";
    public const string PayoutFailed = "PAYOUT_FAILED";
    public const string IssueResolved = "ISSUE_RESOLVED";
    public const string DeliveryFeeRaised = "DELIVERY_FEE_RAISED";
}
