using CampusG.Messaging;
using CampusG.Payments.Contracts;

namespace CampusG.Tracking.Features;

/// <summary>Projects the Payments module's events onto the order view.</summary>
internal sealed class PaymentEventsProjection(OrderViewStore store)
    : IMessageHandler<PaymentAuthorized>, IMessageHandler<PaymentFailed>, IMessageHandler<PaymentReverted>
{
    public Task HandleAsync(PaymentAuthorized message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(PaymentFailed message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(PaymentReverted message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);
}
