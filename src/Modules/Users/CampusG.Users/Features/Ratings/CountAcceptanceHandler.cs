using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Users.Domain;

namespace CampusG.Users.Features;

/// <summary><c>order.accepted</c>: one more acceptance by the runner. An order can be accepted again after a give-back, so the key is the runner and the time.</summary>
internal sealed class CountAcceptanceHandler(RatingLedger ledger) : IMessageHandler<OrderAccepted>
{
    public Task HandleAsync(OrderAccepted message, IMessageContext context, CancellationToken cancellationToken) =>
        ledger.CountAsync(message.OrderId, CountedFactKinds.Acceptance, FactKeys.Of(message.RunnerId, message.At), message.RunnerId,
            (user, now) => user.RecordAcceptance(now), cancellationToken);
}
