using System.Globalization;
using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Users.Domain;

namespace CampusG.Users.Features;

/// <summary><c>order.acceptanceCancelled</c>: the runner gave the order back; keyed by the acceptance round it opened.</summary>
internal sealed class CountAcceptanceCancellationHandler(RatingLedger ledger) : IMessageHandler<OrderAcceptanceCancelled>
{
    public Task HandleAsync(OrderAcceptanceCancelled message, IMessageContext context, CancellationToken cancellationToken) =>
        ledger.CountAsync(message.OrderId, CountedFactKinds.AcceptanceCancellation, message.AcceptanceRound.ToString(CultureInfo.InvariantCulture),
            message.RunnerId, (user, now) => user.RecordAcceptanceCancellation(now), cancellationToken);
}
