using CampusG.Sagas.Domain;

namespace CampusG.Sagas.Engine;

/// <summary>A registered saga type, so code that sees only stored instances (the sweeper) can run its steps.</summary>
internal interface ISagaKind
{
    string Type { get; }

    void OnStepTimeout(SagaRunner runner, SagaInstance instance, ICommandSink sink);

    void Retry(SagaRunner runner, SagaInstance instance, ICommandSink sink);
}

internal sealed class SagaKind<TSaga, TState> : ISagaKind
    where TSaga : ISaga<TState>
    where TState : class, ISagaState
{
    public string Type => TSaga.Type;

    public void OnStepTimeout(SagaRunner runner, SagaInstance instance, ICommandSink sink) =>
        runner.Timeout<TSaga, TState>(instance, sink);

    public void Retry(SagaRunner runner, SagaInstance instance, ICommandSink sink) =>
        runner.Retry<TSaga, TState>(instance, sink);
}
