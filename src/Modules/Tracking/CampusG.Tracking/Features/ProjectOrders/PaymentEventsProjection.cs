using CampusG.Messaging;
using CampusG.Payments.Contracts;
using CampusG.ServiceDefaults;

namespace CampusG.Tracking.Features;

/// <summary>Projects the Payments module's events onto the order view.</summary>
internal sealed class PaymentEventsProjection(OrderViewStore store)
    : IMessageHandler<PaymentAuthorized>, IMessageHandler<PaymentFailed>, IMessageHandler<PaymentReverted>
{
    public Task HandleAsync(PaymentAuthorized message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => view.AuthorizePayment(Money.ToMinor(message.Amount), message.At.UtcDateTime), cancellationToken);

    public Task HandleAsync(PaymentFailed message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(message.OrderId, context, view => view.FailPayment(), cancellationToken);

    /// <summary>Only a refund changes the view; a revert of a payment that was never authorized (FAILED, NONE) does not.</summary>
    public Task HandleAsync(PaymentReverted message, IMessageContext context, CancellationToken cancellationToken) =>
        store.ApplyAsync(
            message.OrderId,
            context,
            view => message.Status == PaymentStatuses.Refunded && view.RefundPayment(message.At.UtcDateTime),
            cancellationToken);
}
