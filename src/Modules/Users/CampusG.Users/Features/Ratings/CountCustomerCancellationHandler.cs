using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Users.Domain;

namespace CampusG.Users.Features;

/// <summary><c>order.cancelled</c>: counts against the customer only when the customer cancelled.</summary>
internal sealed class CountCustomerCancellationHandler(RatingLedger ledger) : IMessageHandler<OrderCancelled>
{
    public Task HandleAsync(OrderCancelled message, IMessageContext context, CancellationToken cancellationToken) =>
        message.Reason != CancellationReasons.CustomerCancelled
            ? Task.CompletedTask
            : ledger.CountAsync(message.OrderId, CountedFactKinds.CustomerCancellation, "", message.CustomerId,
                (user, now) => user.RecordCustomerCancellation(now), cancellationToken);
}
