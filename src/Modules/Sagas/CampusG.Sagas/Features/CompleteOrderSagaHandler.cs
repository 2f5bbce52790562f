using CampusG.Escrow.Contracts;
using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Engine;

namespace CampusG.Sagas.Features;

/// <summary>
/// Every status a runner reports notifies the customer (<see cref="StatusNotifications"/>); DELIVERED also
/// starts the Complete Order saga, which this handler feeds its replies.
/// </summary>
internal sealed class CompleteOrderSagaHandler(SagaRunner runner) :
    IMessageHandler<OrderStatusUpdated>,
    IMessageHandler<PaymentReleased>,
    IMessageHandler<PaymentReleaseFailed>,
    IMessageHandler<FundsReleased>,
    IMessageHandler<FundsReleaseRejected>,
    IMessageHandler<OrderCompleted>
{
    public async Task HandleAsync(OrderStatusUpdated message, IMessageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (StatusNotifications.For(message) is { } notification)
        {
            context.Send(notification);
        }

        if (message.Status == OrderStatuses.Delivered)
        {
            await runner.StartAsync<CompleteOrderSaga, CompleteOrderState>(message, _ => CompleteOrderSaga.Start(message), context, cancellationToken);
        }
    }

    public Task HandleAsync(PaymentReleased message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(PaymentReleaseFailed message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(FundsReleased message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(FundsReleaseRejected message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(OrderCompleted message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    private Task On(object message, IMessageContext context, CancellationToken cancellationToken) =>
        runner.HandleAsync<CompleteOrderSaga, CompleteOrderState>(message, context, cancellationToken);
}
