using CampusG.Messaging;
using CampusG.Payments.Contracts;
using CampusG.Payments.Domain;
using CampusG.ServiceDefaults;

namespace CampusG.Payments.Features;

/// <summary>The replies that match a payment's status, so a repeated command gets the same answer.</summary>
internal static class PaymentReplies
{
    public static void SendAuthorizationOutcome(Payment payment, IMessageContext context)
    {
        if (payment.AuthorizedAt is { } authorizedAt)
        {
            // AUTHORIZED, INESCROW, RELEASED, and REFUNDED too: the authorization did happen, and this was its reply.
            context.Send(
                new PaymentAuthorized(payment.OrderId, payment.Id, Money.FromMinor(payment.AmountMinor), AsOffset(authorizedAt)),
                payment.OrderId.ToString());
        }
        else if (payment.Status == PaymentStatuses.Failed)
        {
            context.Send(
                new PaymentFailed(payment.OrderId, payment.FailureReason ?? PaymentFailureReasons.ProcessingError, payment.FailureDetail ?? "", AsOffset(payment.UpdatedAt)),
                payment.OrderId.ToString());
        }

        // INITIATING: a retry is scheduled; its outcome is the reply.
    }

    public const string NotReleasable = "PAYMENT_NOT_RELEASABLE";

    /// <summary>The reply to <see cref="ReleasePayment"/> that matches a payment's status (null: the order has no payment).</summary>
    public static void SendReleaseOutcome(Guid orderId, Payment? payment, IMessageContext context, DateTimeOffset now)
    {
        if (payment?.ReleasedAt is { } releasedAt)
        {
            context.Send(
                new PaymentReleased(payment.OrderId, payment.Id, payment.RunnerId ?? Guid.Empty, Money.FromMinor(payment.AmountMinor), AsOffset(releasedAt)),
                orderId.ToString());
        }
        else if (payment?.ReleaseFailureReason is { } reason)
        {
            context.Send(new PaymentReleaseFailed(orderId, reason, AsOffset(payment.UpdatedAt)), orderId.ToString());
        }
        else if (payment?.CanBeReleased != true)
        {
            context.Send(new PaymentReleaseFailed(orderId, $"{NotReleasable}: {payment?.Status ?? "NONE"}", now), orderId.ToString());
        }

        // Releasable with a retry scheduled: the retry's outcome is the reply.
    }

    public static DateTimeOffset AsOffset(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
