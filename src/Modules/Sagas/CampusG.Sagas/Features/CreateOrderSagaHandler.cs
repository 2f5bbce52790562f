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

/// <summary>Feeds every message the Create Order saga listens to into <see cref="CreateOrderSaga"/>; OrderCreated starts it.</summary>
internal sealed class CreateOrderSagaHandler(SagaRunner runner) :
    IMessageHandler<OrderCreated>,
    IMessageHandler<PaymentInfoRetrieved>,
    IMessageHandler<PaymentInfoMissing>,
    IMessageHandler<PaymentAuthorized>,
    IMessageHandler<PaymentFailed>,
    IMessageHandler<FundsHeld>,
    IMessageHandler<FundsHoldFailed>,
    IMessageHandler<OrderUpdated>,
    IMessageHandler<OrderMarkCreatedFailed>,
    IMessageHandler<TimerStarted>,
    IMessageHandler<NotificationSent>,
    IMessageHandler<OrderCancelled>,
    IMessageHandler<OrderCancelRejected>,
    IMessageHandler<PaymentReverted>,
    IMessageHandler<FundsRefunded>
{
    public Task HandleAsync(OrderCreated message, IMessageContext context, CancellationToken cancellationToken) =>
        runner.StartAsync<CreateOrderSaga, CreateOrderState>(message, _ => CreateOrderSaga.Start(message), context, cancellationToken);

    public Task HandleAsync(PaymentInfoRetrieved message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(PaymentInfoMissing message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(PaymentAuthorized message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(PaymentFailed message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(FundsHeld message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(FundsHoldFailed message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(OrderUpdated message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(OrderMarkCreatedFailed message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(TimerStarted message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(NotificationSent message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(OrderCancelled message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(OrderCancelRejected message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(PaymentReverted message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(FundsRefunded message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    private Task On(object message, IMessageContext context, CancellationToken cancellationToken) =>
        runner.HandleAsync<CreateOrderSaga, CreateOrderState>(message, context, cancellationToken);
}
