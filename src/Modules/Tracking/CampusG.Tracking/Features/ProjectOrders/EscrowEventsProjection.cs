using CampusG.Escrow.Contracts;
using CampusG.Messaging;

namespace CampusG.Tracking.Features;

/// <summary>Projects the Escrow module's events onto the order view.</summary>
internal sealed class EscrowEventsProjection(OrderViewStore store)
    : IMessageHandler<FundsHeld>, IMessageHandler<FundsHoldFailed>, IMessageHandler<FundsRefunded>
{
    public Task HandleAsync(FundsHeld message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(FundsHoldFailed message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(FundsRefunded message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);
}
