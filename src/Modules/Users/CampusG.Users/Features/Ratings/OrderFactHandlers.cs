using System.Globalization;
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

/// <summary><c>order.cancelled</c>: counts against the customer only when the customer cancelled.</summary>
internal sealed class CountCustomerCancellationHandler(RatingLedger ledger) : IMessageHandler<OrderCancelled>
{
    public Task HandleAsync(OrderCancelled message, IMessageContext context, CancellationToken cancellationToken) =>
        message.Reason != CancellationReasons.CustomerCancelled
            ? Task.CompletedTask
            : ledger.CountAsync(message.OrderId, CountedFactKinds.CustomerCancellation, "", message.CustomerId,
                (user, now) => user.RecordCustomerCancellation(now), cancellationToken);
}

/// <summary><c>order.accepted</c>: one more acceptance by the runner. An order can be accepted again after a give-back, so the key is the runner and the time.</summary>
internal sealed class CountAcceptanceHandler(RatingLedger ledger) : IMessageHandler<OrderAccepted>
{
    public Task HandleAsync(OrderAccepted message, IMessageContext context, CancellationToken cancellationToken) =>
        ledger.CountAsync(message.OrderId, CountedFactKinds.Acceptance, FactKeys.Of(message.RunnerId, message.At), message.RunnerId,
            (user, now) => user.RecordAcceptance(now), cancellationToken);
}

/// <summary><c>order.acceptanceCancelled</c>: the runner gave the order back; keyed by the acceptance round it opened.</summary>
internal sealed class CountAcceptanceCancellationHandler(RatingLedger ledger) : IMessageHandler<OrderAcceptanceCancelled>
{
    public Task HandleAsync(OrderAcceptanceCancelled message, IMessageContext context, CancellationToken cancellationToken) =>
        ledger.CountAsync(message.OrderId, CountedFactKinds.AcceptanceCancellation, message.AcceptanceRound.ToString(CultureInfo.InvariantCulture),
            message.RunnerId, (user, now) => user.RecordAcceptanceCancellation(now), cancellationToken);
}

internal static class FactKeys
{
    public static string Of(Guid userId, DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{userId:N}:{at.UtcTicks}");
}
