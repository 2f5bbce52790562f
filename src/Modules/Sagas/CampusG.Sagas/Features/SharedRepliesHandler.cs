using CampusG.Escrow.Contracts;
using CampusG.Messaging;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Engine;
using CampusG.Timers.Contracts;
using CampusG.Users.Contracts;

namespace CampusG.Sagas.Features;

/// <summary>
/// Replies more than one saga type uses: each goes to the running instances of the types that use it
/// (a finished saga drops it without a log line), so one reply never reaches a saga that has no use for it.
/// </summary>
internal sealed class SharedRepliesHandler(SagaRunner runner, CancelOrderSagaHandler cancelOrder) :
    IMessageHandler<PaymentInfoRetrieved>,
    IMessageHandler<PaymentInfoMissing>,
    IMessageHandler<TimerStarted>,
    IMessageHandler<NotificationSent>,
    IMessageHandler<OrderCancelled>,
    IMessageHandler<OrderCancelRejected>,
    IMessageHandler<PaymentReverted>,
    IMessageHandler<FundsRefunded>
{
    public Task HandleAsync(PaymentInfoRetrieved message, IMessageContext context, CancellationToken cancellationToken) =>
        ByRole(message.Role, message, context, cancellationToken);

    public Task HandleAsync(PaymentInfoMissing message, IMessageContext context, CancellationToken cancellationToken) =>
        ByRole(message.Role, message, context, cancellationToken);

    public async Task HandleAsync(TimerStarted message, IMessageContext context, CancellationToken cancellationToken)
    {
        await CreateOrder(message, context, cancellationToken);
        await runner.HandleAsync<AcceptOrderSaga, AcceptOrderState>(message, context, cancellationToken);
    }

    public async Task HandleAsync(NotificationSent message, IMessageContext context, CancellationToken cancellationToken)
    {
        if (StatusNotifications.IsStatusTemplate(message.Template))
        {
            return; // a status notification: sent without a saga
        }

        await CreateOrder(message, context, cancellationToken);
        await runner.HandleAsync<AcceptOrderSaga, AcceptOrderState>(message, context, cancellationToken);
        await CancelOrder(message, context, cancellationToken);
        await runner.HandleAsync<CompleteOrderSaga, CompleteOrderState>(message, context, cancellationToken);
    }

    public async Task HandleAsync(OrderCancelled message, IMessageContext context, CancellationToken cancellationToken)
    {
        await CreateOrder(message, context, cancellationToken);
        await cancelOrder.OnCancelledAsync(message, context, cancellationToken);
    }

    public Task HandleAsync(OrderCancelRejected message, IMessageContext context, CancellationToken cancellationToken) => Refunds(message, context, cancellationToken);

    public Task HandleAsync(PaymentReverted message, IMessageContext context, CancellationToken cancellationToken) => Refunds(message, context, cancellationToken);

    public Task HandleAsync(FundsRefunded message, IMessageContext context, CancellationToken cancellationToken) => Refunds(message, context, cancellationToken);

    private Task ByRole(string role, object message, IMessageContext context, CancellationToken cancellationToken) =>
        role == PaymentInfoRoles.Runner
            ? runner.HandleAsync<CompleteOrderSaga, CompleteOrderState>(message, context, cancellationToken)
            : CreateOrder(message, context, cancellationToken);

    /// <summary>Replies to the cancel, refund and revert that both the Create Order compensation and the Cancel Order saga send.</summary>
    private async Task Refunds(object message, IMessageContext context, CancellationToken cancellationToken)
    {
        await CreateOrder(message, context, cancellationToken);
        await CancelOrder(message, context, cancellationToken);
    }

    private Task CreateOrder(object message, IMessageContext context, CancellationToken cancellationToken) =>
        runner.HandleAsync<CreateOrderSaga, CreateOrderState>(message, context, cancellationToken);

    private Task CancelOrder(object message, IMessageContext context, CancellationToken cancellationToken) =>
        runner.HandleAsync<CancelOrderSaga, CancelOrderState>(message, context, cancellationToken);
}
