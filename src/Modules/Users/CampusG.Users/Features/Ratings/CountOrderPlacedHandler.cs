using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Users.Domain;

namespace CampusG.Users.Features;

/// <summary><c>order.created</c>: one more order placed by the customer.</summary>
internal sealed class CountOrderPlacedHandler(RatingLedger ledger) : IMessageHandler<OrderCreated>
{
    public Task HandleAsync(OrderCreated message, IMessageContext context, CancellationToken cancellationToken) =>
        ledger.CountAsync(message.OrderId, CountedFactKinds.OrderPlaced, "", message.CustomerId,
            (user, now) => user.RecordOrderPlaced(now), cancellationToken);
}
