using CampusG.Messaging;
using CampusG.Sagas.Domain;

namespace CampusG.Sagas.Engine;

/// <summary>A registered saga type, so code that sees only messages or stored instances can run its steps.</summary>
internal interface ISagaKind
{
    string Type { get; }

    /// <summary>The bus messages this saga type declares (<see cref="SagaRoutes{TState}.Routed"/>).</summary>
    IEnumerable<Type> RoutedMessages { get; }

    /// <summary>Starts or steps this saga type's instance with the message, if its routes take it.</summary>
    Task DispatchAsync(SagaRunner runner, object message, IMessageContext context, CancellationToken cancellationToken);

    void OnStepTimeout(SagaRunner runner, SagaInstance instance, ICommandSink sink);
}

internal sealed class SagaKind<TSaga, TState> : ISagaKind
    where TSaga : ISaga<TState>
    where TState : class, ISagaState
{
    public string Type => TSaga.Type;

    public IEnumerable<Type> RoutedMessages => TSaga.Routes.Routed;

    public Task DispatchAsync(SagaRunner runner, object message, IMessageContext context, CancellationToken cancellationToken)
    {
        var route = TSaga.Routes.For(message.GetType());
        if (route is null || route.IsExplicit || !route.Applies(message))
        {
            return Task.CompletedTask;
        }

        return route.Start is { } start
            ? runner.StartAsync<TSaga, TState>(message, now => start(message, now), context, cancellationToken)
            : runner.HandleAsync<TSaga, TState>(message, context, cancellationToken);
    }

    public void OnStepTimeout(SagaRunner runner, SagaInstance instance, ICommandSink sink) =>
        runner.Timeout<TSaga, TState>(instance, sink);
}
