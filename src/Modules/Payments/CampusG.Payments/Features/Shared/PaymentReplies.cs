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

    public static DateTimeOffset AsOffset(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));
}
