using CampusG.Messaging;

namespace CampusG.Sagas.Engine;

/// <summary>Hands a message to every registered saga type whose <see cref="SagaRoutes{TState}"/> declare it.</summary>
internal sealed class SagaDispatcher<TMessage>(SagaRunner runner, IEnumerable<ISagaKind> kinds) : IMessageHandler<TMessage>
    where TMessage : class
{
    /// <summary>The inbox key of every dispatcher: one name, whatever the message type.</summary>
    public const string HandlerName = "CampusG.Sagas.SagaDispatcher";

    public async Task HandleAsync(TMessage message, IMessageContext context, CancellationToken cancellationToken)
    {
        foreach (var kind in kinds)
        {
            await kind.DispatchAsync(runner, message, context, cancellationToken);
        }
    }
}
