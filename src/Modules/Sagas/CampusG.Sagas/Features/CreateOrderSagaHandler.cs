using CampusG.Escrow.Contracts;
using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Engine;

namespace CampusG.Sagas.Features;

/// <summary>Feeds the messages only the Create Order saga uses into <see cref="CreateOrderSaga"/>; OrderCreated starts it.</summary>
internal sealed class CreateOrderSagaHandler(SagaRunner runner) :
    IMessageHandler<OrderCreated>,
    IMessageHandler<PaymentAuthorized>,
    IMessageHandler<PaymentFailed>,
    IMessageHandler<FundsHeld>,
    IMessageHandler<FundsHoldFailed>,
    IMessageHandler<OrderUpdated>,
    IMessageHandler<OrderMarkCreatedFailed>
{
    public Task HandleAsync(OrderCreated message, IMessageContext context, CancellationToken cancellationToken) =>
        runner.StartAsync<CreateOrderSaga, CreateOrderState>(message, _ => CreateOrderSaga.Start(message), context, cancellationToken);

    public Task HandleAsync(PaymentAuthorized message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(PaymentFailed message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(FundsHeld message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(FundsHoldFailed message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(OrderUpdated message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    public Task HandleAsync(OrderMarkCreatedFailed message, IMessageContext context, CancellationToken cancellationToken) => On(message, context, cancellationToken);

    private Task On(object message, IMessageContext context, CancellationToken cancellationToken) =>
        runner.HandleAsync<CreateOrderSaga, CreateOrderState>(message, context, cancellationToken);
}
