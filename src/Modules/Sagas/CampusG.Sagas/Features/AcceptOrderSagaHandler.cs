using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Engine;
using CampusG.Timers.Contracts;

namespace CampusG.Sagas.Features;

/// <summary>Feeds the Accept Order saga: an accept or a runner's cancel starts (or re-enters) it.</summary>
internal sealed class AcceptOrderSagaHandler(SagaRunner runner) :
    IMessageHandler<OrderAccepted>,
    IMessageHandler<OrderAcceptanceCancelled>,
    IMessageHandler<TimerStopped>
{
    public Task HandleAsync(OrderAccepted message, IMessageContext context, CancellationToken cancellationToken) =>
        Start(message, message.OrderId, message.CustomerId, context, cancellationToken);

    public Task HandleAsync(OrderAcceptanceCancelled message, IMessageContext context, CancellationToken cancellationToken) =>
        Start(message, message.OrderId, message.CustomerId, context, cancellationToken);

    public Task HandleAsync(TimerStopped message, IMessageContext context, CancellationToken cancellationToken) =>
        runner.HandleAsync<AcceptOrderSaga, AcceptOrderState>(message, context, cancellationToken);

    private Task Start(object message, Guid orderId, Guid customerId, IMessageContext context, CancellationToken cancellationToken) =>
        runner.StartAsync<AcceptOrderSaga, AcceptOrderState>(
            message, now => AcceptOrderSaga.On(AcceptOrderSaga.Initial(orderId, customerId), message, now), context, cancellationToken);
}
