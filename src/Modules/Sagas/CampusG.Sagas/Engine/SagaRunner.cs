using System.Text.Json;
using CampusG.Messaging;
using CampusG.Persistence;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Sagas.Engine;

/// <summary>
/// Loads a saga instance, runs a pure step on its typed state and records the outcome: the new state,
/// a step-log line and the commands, all in the caller's transaction (the handler's, or the sweeper's
/// one <c>SaveChanges</c>). A concurrent change to the same instance fails the save on <c>Version</c>.
/// </summary>
internal sealed partial class SagaRunner(
    SagasDbContext db, TransactionAppends<SagasDbContext> appends, TimeProvider time, IOptions<SagasOptions> options, ILogger<SagaRunner> logger)
{
    /// <summary>The wire name recorded in the step log for a deadline that passed.</summary>
    public const string StepTimeoutMessage = "saga.stepTimeout";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    // Every reply and event the engine handles looks its saga up: compiled, the look-up skips EF's per-call
    // expression processing and query-cache key (about a quarter of a query's CPU in the saga benchmark's profile).
    private static readonly CompiledQuery<Func<SagasDbContext, string, string, CancellationToken, Task<SagaInstance?>>> FindInstance =
        new(() => EF.CompileAsyncQuery((SagasDbContext db, string type, string correlationId, CancellationToken cancellationToken) =>
            db.Sagas.SingleOrDefault(s => s.Type == type && s.CorrelationId == correlationId)));

    private readonly List<SagaStepLog> _heldLogs = [];

    /// <summary>Starts the saga for the message's correlation id; if it already runs, the message goes to the current step instead.</summary>
    public async Task StartAsync<TSaga, TState>(
        object message, Func<DateTimeOffset, StepResult<TState>> start, IMessageContext context, CancellationToken cancellationToken)
        where TSaga : ISaga<TState>
        where TState : class, ISagaState
    {
        if (await FindAsync(TSaga.Type, context.CorrelationId, cancellationToken) is { } existing)
        {
            Apply<TSaga, TState>(existing, TSaga.On(Read<TState>(existing), message, time.GetUtcNow()), context.MessageType, new ContextCommandSink(context));
            return;
        }

        var now = time.GetUtcNow();
        var instance = SagaInstance.Start(TSaga.Type, context.CorrelationId, now.UtcDateTime);
        db.Sagas.Add(instance);
        Apply<TSaga, TState>(instance, start(now), context.MessageType, new ContextCommandSink(context));
    }

    /// <summary>
    /// Hands a reply or event to the saga of its correlation id while that saga can still change; a saga
    /// that is finished (or never started) drops it without a step-log line.
    /// </summary>
    public async Task HandleAsync<TSaga, TState>(object message, IMessageContext context, CancellationToken cancellationToken)
        where TSaga : ISaga<TState>
        where TState : class, ISagaState
    {
        var instance = await FindAsync(TSaga.Type, context.CorrelationId, cancellationToken);
        if (instance is null || SagaStates.IsTerminal(instance.State))
        {
            LogNoSaga(logger, context.MessageType, TSaga.Type, context.CorrelationId);
            return;
        }

        Apply<TSaga, TState>(instance, TSaga.On(Read<TState>(instance), message, time.GetUtcNow()), context.MessageType, new ContextCommandSink(context));
    }

    /// <summary>The typed state of the <typeparamref name="TSaga"/> instance for <paramref name="correlationId"/>, if there is one.</summary>
    public async Task<TState?> ReadAsync<TSaga, TState>(string correlationId, CancellationToken cancellationToken)
        where TSaga : ISaga<TState>
        where TState : class, ISagaState =>
        await FindAsync(TSaga.Type, correlationId, cancellationToken) is { } instance ? Read<TState>(instance) : null;

    /// <summary>The instance's step deadline passed: re-send or fail the step.</summary>
    public void Timeout<TSaga, TState>(SagaInstance instance, ICommandSink sink)
        where TSaga : ISaga<TState>
        where TState : class, ISagaState
    {
        var result = TSaga.OnStepTimeout(Read<TState>(instance), time.GetUtcNow(), options.Value.StepRetries);
        Apply<TSaga, TState>(instance, result, StepTimeoutMessage, sink);
    }

    public static TState Read<TState>(SagaInstance instance)
        where TState : class =>
        JsonSerializer.Deserialize<TState>(instance.Data, Json)
            ?? throw new InvalidOperationException($"Saga {instance.Id} has no state.");

    private Task<SagaInstance?> FindAsync(string type, string correlationId, CancellationToken cancellationToken) =>
        FindInstance.For(db)(db, type, correlationId, cancellationToken);

    private void Apply<TSaga, TState>(SagaInstance instance, StepResult<TState> result, string messageType, ICommandSink sink)
        where TSaga : ISaga<TState>
        where TState : class, ISagaState
    {
        var now = time.GetUtcNow().UtcDateTime;
        if (result.Applied)
        {
            var state = TSaga.Stored(result.State);
            var deadline = now + StepRetry.Timeout(TSaga.StepTimeout(state, options.Value), state.Attempts);
            instance.Update(new SagaSnapshot(state.Status, state.Step, state.Attempts), JsonSerializer.Serialize(state, Json), deadline, now);
            foreach (var command in result.Commands)
            {
                command.Dispatch(sink);
            }
        }

        Record(SagaStepLog.Record(instance.Id, instance.CurrentStep, messageType, result.Outcome, now));
        LogStep(logger, instance.Type, instance.CorrelationId, messageType, result.Outcome);
    }

    // Inside a message handler the log lines wait for the transaction's commit and go in with multi-row statements (decision 031).
    private void Record(SagaStepLog line)
    {
        if (!appends.Holding)
        {
            db.StepLogs.Add(line);
            return;
        }

        appends.Hold(_heldLogs, line, SagaStepLogWriter.Add);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Message} arrived for {SagaType} {CorrelationId}, which has no running saga; dropped")]
    private static partial void LogNoSaga(ILogger logger, string message, string sagaType, string correlationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Saga {SagaType} {CorrelationId} on {Message}: {Outcome}")]
    private static partial void LogStep(ILogger logger, string sagaType, string correlationId, string message, string outcome);
}
