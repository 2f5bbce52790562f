using System.Reflection;
using CampusG.Messaging.Endpoints;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Sagas.Engine;

/// <summary>
/// Registers saga types on the module's endpoint: adding a saga is one <see cref="Add{TSaga, TState}"/> line, which
/// registers its kind and subscribes a <see cref="SagaDispatcher{TMessage}"/> to each message its routes declare.
/// </summary>
internal sealed class SagaRegistration(MessageEndpointBuilder endpoint, IServiceCollection services)
{
    private static readonly MethodInfo Subscribe = typeof(SagaRegistration).GetMethod(nameof(SubscribeDispatcher), BindingFlags.NonPublic | BindingFlags.Instance)!;

    private readonly HashSet<Type> _dispatched = [];

    public SagaRegistration Add<TSaga, TState>()
        where TSaga : ISaga<TState>
        where TState : class, ISagaState
    {
        services.AddSingleton<ISagaKind, SagaKind<TSaga, TState>>();
        foreach (var messageType in TSaga.Routes.Routed.Where(_dispatched.Add))
        {
            Subscribe.MakeGenericMethod(messageType).Invoke(this, null);
        }

        return this;
    }

    private void SubscribeDispatcher<TMessage>()
        where TMessage : class => endpoint.Handle<TMessage, SagaDispatcher<TMessage>>(SagaDispatcher<TMessage>.HandlerName);
}
