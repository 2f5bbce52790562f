using CampusG.Messaging;
using CampusG.Payments.Contracts;
using CampusG.Payments.Domain;
using CampusG.Payments.Persistence;
using CampusG.ServiceDefaults;

namespace CampusG.Payments.Features;

/// <summary>Creates the order's payment and tries to authorize it, once; a repeated command repeats the reply of the payment's status.</summary>
internal sealed class AuthorizePaymentHandler(PaymentsDbContext db, TimeProvider time, PaymentAuthorizer authorizer) : IMessageHandler<AuthorizePayment>
{
    public async Task HandleAsync(AuthorizePayment message, IMessageContext context, CancellationToken cancellationToken)
    {
        var payment = await db.FindByOrderAsync(message.OrderId, cancellationToken);
        if (payment is not null)
        {
            PaymentReplies.SendAuthorizationOutcome(payment, context);
            return;
        }

        payment = Payment.Initiate(
            message.OrderId, message.CustomerId, Money.ToMinor(message.Amount), message.Currency, message.GatewayToken, time.GetUtcNow().UtcDateTime);
        db.Payments.Add(payment);
        await authorizer.TryAsync(payment, context, cancellationToken);
    }
}
