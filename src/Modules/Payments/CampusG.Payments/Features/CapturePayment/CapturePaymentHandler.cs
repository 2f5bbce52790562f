using CampusG.Messaging;
using CampusG.PaymentGateway;
using CampusG.Payments.Contracts;
using CampusG.Payments.Persistence;

namespace CampusG.Payments.Features;

/// <summary>
/// Captures an order's authorization once, at delivery (all of it, or the smaller amount an errand's receipt allows): the
/// platform then owes it to the payees, whose earnings the escrow's release credits. The gateway call carries the idempotency key
/// <c>capture:{orderId}</c> inside the handler's transaction, so a redelivery never captures twice. A transient gateway
/// error throws, and the message is retried with backoff; a decline, or a payment that is no longer capturable,
/// replies <see cref="PaymentCaptureFailed"/>. A repeated command after a capture repeats <see cref="PaymentCaptured"/>.
/// </summary>
internal sealed class CapturePaymentHandler(PaymentsDbContext db, IPaymentGateway gateway, TimeProvider time) : IMessageHandler<CapturePayment>
{
    public const string CaptureDeclined = "CAPTURE_DECLINED";

    public async Task HandleAsync(CapturePayment message, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var key = message.OrderId.ToString();
        var payment = await db.FindByOrderAsync(message.OrderId, cancellationToken);
        if (payment?.CanBeReleased == true && payment.ReleaseFailureReason is null)
        {
            var amount = message.Amount is { } wanted ? Math.Min(Money.ToMinor(wanted), payment.AmountMinor) : payment.AmountMinor;
            var capture = await gateway.CaptureAsync(payment.AuthorizationId ?? "", amount, $"capture:{payment.OrderId}", cancellationToken);
            if (capture.Transient)
            {
                throw new GatewayUnavailableException($"The capture of order {payment.OrderId} failed transiently ({capture.FailureCode}).");
            }

            if (capture.Succeeded)
            {
                payment.Capture(capture.ReferenceId ?? "", amount, now.UtcDateTime);
            }
            else
            {
                payment.FailRelease($"{CaptureDeclined}: {capture.FailureCode}", now.UtcDateTime);
            }
        }

        if (payment?.ReleasedAt is { } releasedAt)
        {
            context.Send(new PaymentCaptured(payment.OrderId, payment.Id, Money.FromMinor(payment.CapturedMinor ?? payment.AmountMinor), PaymentReplies.AsOffset(releasedAt)), key);
        }
        else
        {
            var reason = payment?.ReleaseFailureReason ?? $"{PaymentReplies.NotReleasable}: {payment?.Status ?? "NONE"}";
            context.Send(new PaymentCaptureFailed(message.OrderId, reason, now), key);
        }
    }
}

/// <summary>The gateway could not be reached or answered with a transient error; the message is retried.</summary>
internal sealed class GatewayUnavailableException(string message) : Exception(message);
