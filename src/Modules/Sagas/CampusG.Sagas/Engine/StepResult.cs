using CampusG.Messaging.Serialization;

namespace CampusG.Sagas.Engine;

/// <summary>What a step decided: the new state, the commands to send and a line for the step log.</summary>
/// <param name="Applied">False when the message did not apply: nothing but the log line is written.</param>
internal sealed record StepResult<TState>(TState State, IReadOnlyList<SagaCommand> Commands, string Outcome, bool Applied)
    where TState : class, ISagaState
{
    public static StepResult<TState> Ignored(TState state, string reason) => new(state, [], $"ignored: {reason}", false);

    /// <summary>Moves to <paramref name="state"/> and sends <paramref name="commands"/>; the log says what was sent.</summary>
    public static StepResult<TState> Send(TState state, IReadOnlyList<SagaCommand> commands, string? prefix = null) =>
        new(state, commands, Describe(prefix, commands), true);

    /// <summary>A transition that sends nothing (for example, the last reply arrived).</summary>
    public static StepResult<TState> Done(TState state, string outcome) => new(state, [], outcome, true);

    private static string Describe(string? prefix, IReadOnlyList<SagaCommand> commands)
    {
        var sent = commands.Count == 0 ? "sent nothing" : $"sent {string.Join(", ", commands.Select(c => c.Name))}";
        return prefix is null ? sent : $"{prefix}: {sent}";
    }
}

/// <summary>A command a step sends; <see cref="Message"/> is the record, <see cref="Dispatch"/> sends it with its own type.</summary>
internal sealed record SagaCommand(object Message, Action<ICommandSink> Dispatch)
{
    public string Name => MessageName.Of(Message.GetType());

    public static SagaCommand Of<TMessage>(TMessage message)
        where TMessage : class => new(message, sink => sink.Send(message));
}

/// <summary>Where a saga's commands go: the handled message's context, or the module outbox (the sweeper).</summary>
internal interface ICommandSink
{
    void Send<TMessage>(TMessage message)
        where TMessage : class;
}
