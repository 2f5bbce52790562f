using CampusG.Escrow.Contracts;
using CampusG.Messaging;
using CampusG.ServiceDefaults;

namespace CampusG.Tracking.Features;

/// <summary>Projects the Escrow module's events onto the order view.</summary>
internal sealed class EscrowEventsProjection(OrderViewStore store)
    : IMessageHandler<FundsHeld>, IMessageHandler<FundsHoldFailed>, IMessageHandler<FundsRefunded>
{
    public Task HandleAsync(FundsHeld message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => view.HoldFunds(Money.ToMinor(message.Amount)), cancellationToken);

    public Task HandleAsync(FundsHoldFailed message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => view.FailHold(), cancellationToken);

    /// <summary>A refund of 0 means nothing was held: the view does not change.</summary>
    public Task HandleAsync(FundsRefunded message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => message.Amount > 0 && view.RefundFunds(message.At.UtcDateTime), cancellationToken);
}
