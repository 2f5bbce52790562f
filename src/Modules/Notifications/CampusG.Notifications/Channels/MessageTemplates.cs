using System.Net;
using CampusG.Notifications.Contracts;
using CampusG.Notifications.Domain;

namespace CampusG.Notifications.Channels;

internal sealed record RenderedEmail(string Subject, string TextBody, string HtmlBody);

/// <summary>
/// The one place a notification becomes channel text: an e-mail's subject and plain-text/HTML body, an SMS's short
/// text (at most 160 characters). The body carries the notification's message, which says why for a cancelled
/// order; a confirmation (errand CREATED, menu order PLACED) carries the receipt link when there is one.
/// </summary>
internal static class MessageTemplates
{
    public const int SmsMaxLength = 160;

    private static readonly Dictionary<string, string> Subjects = new(StringComparer.Ordinal)
    {
        [NotificationTemplates.OrderCreated] = "Your errand is confirmed",
        [NotificationTemplates.OrderPlaced] = "Your order is placed",
        [NotificationTemplates.OrderAccepted] = "A runner accepted your errand",
        [NotificationTemplates.OrderCancelled] = "Your order was cancelled",
        [NotificationTemplates.OrderTimedOut] = "Your order timed out",
        [NotificationTemplates.OrderDelivered] = "Your order was delivered",
        [NotificationTemplates.OrderCompleted] = "Your order is complete",
        [NotificationTemplates.PaymentFailed] = "Your payment failed",
        [NotificationTemplates.OrderConfirmed] = "The restaurant confirmed your order",
        [NotificationTemplates.OrderRejected] = "The restaurant rejected your order",
        [NotificationTemplates.RiderAssigned] = "A rider is on the way",
        [NotificationTemplates.OrderPickedUp] = "Your order was picked up",
        [NotificationTemplates.PayoutPaid] = "Your payout was paid",
        [NotificationTemplates.PayoutFailed] = "Your payout failed",
    };

    /// <summary>The templates whose e-mail carries the order's receipt link.</summary>
    public static bool IsConfirmation(string template) =>
        template is NotificationTemplates.OrderCreated or NotificationTemplates.OrderPlaced;

    public static string Subject(string template) =>
        "CampusG: " + (Subjects.TryGetValue(template, out var subject) ? subject : Humanize(template));

    public static RenderedEmail Email(Notification notification, string? receiptUrl)
    {
        var subject = Subject(notification.Template);
        var orderLine = notification.OrderId is { } orderId ? $"Order: {orderId}" : null;
        var receiptLine = receiptUrl is null ? null : $"Your receipt: {receiptUrl}";
        var text = string.Join("\n\n", new[] { notification.Message, orderLine, receiptLine, "— CampusG" }.OfType<string>()) + "\n";
        var html = "<html><body>"
            + $"<p>{WebUtility.HtmlEncode(notification.Message)}</p>"
            + (orderLine is null ? "" : $"<p>{WebUtility.HtmlEncode(orderLine)}</p>")
            + (receiptUrl is null ? "" : $"<p><a href=\"{WebUtility.HtmlEncode(receiptUrl)}\">Your receipt</a></p>")
            + "<p>— CampusG</p></body></html>";
        return new RenderedEmail(subject, text, html);
    }

    public static string Sms(Notification notification)
    {
        var text = $"CampusG: {notification.Message}";
        return text.Length <= SmsMaxLength ? text : string.Concat(text.AsSpan(0, SmsMaxLength - 1), "…");
    }

    private static string Humanize(string template) =>
        template.Length == 0 ? "Notification" : string.Concat(template[..1], template[1..].Replace('_', ' ').ToLowerInvariant());
}
