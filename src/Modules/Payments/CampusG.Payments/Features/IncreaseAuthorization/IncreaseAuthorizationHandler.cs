using CampusG.Messaging;
using CampusG.PaymentGateway;
using CampusG.Payments.Contracts;
using CampusG.Payments.Domain;
using CampusG.Payments.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Payments.Features;

/// <summary>
/// A delivery-fee boost: authorizes the increment on the customer's card once per boost (gateway key <c>boost:{boostId}</c>)
/// while the payment is still held. A transient gateway error throws and the message is retried; a decline, or a payment
/// no longer held, replies <see cref="AuthorizationIncreaseFailed"/>.
/// </summary>
internal sealed class IncreaseAuthorizationHandler(PaymentsDbContext db, IPaymentGateway gateway, TimeProvider time) : IMessageHandler<IncreaseAuthorization>
{
    public async Task HandleAsync(IncreaseAuthorization message, IMessageContext context, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var payment = await db.FindByOrderAsync(message.OrderId, cancellationToken);
        var increment = await db.Increments.SingleOrDefaultAsync(i => i.BoostId == message.BoostId, cancellationToken);
        if (increment is null && payment?.CanBeRefunded == true)
        {
            var amount = Money.ToMinor(message.Increment);
            var result = await gateway.AuthorizeAsync(payment.GatewayToken, amount, payment.Currency, $"boost:{message.BoostId}", cancellationToken);
            if (result.Transient)
            {
                throw new GatewayUnavailableException($"The boost {message.BoostId} failed transiently ({result.FailureCode}).");
            }

            if (!result.Succeeded)
            {
                context.Send(new AuthorizationIncreaseFailed(message.OrderId, message.BoostId, result.FailureCode ?? "declined", now));
                return;
            }

            payment.Grow(amount, now.UtcDateTime);
            increment = new PaymentIncrement { BoostId = message.BoostId, OrderId = message.OrderId, AmountMinor = amount, AuthorizationId = result.ReferenceId ?? "", At = now.UtcDateTime };
            db.Increments.Add(increment);
        }

        if (increment is not null)
        {
            context.Send(new AuthorizationIncreased(message.OrderId, message.BoostId, message.Increment, Money.FromMinor(payment!.AmountMinor), now));
        }
        else
        {
            context.Send(new AuthorizationIncreaseFailed(message.OrderId, message.BoostId, $"payment is {payment?.Status ?? "NONE"}", now));
        }
    }
}
