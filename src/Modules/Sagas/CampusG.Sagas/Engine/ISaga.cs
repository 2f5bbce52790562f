namespace CampusG.Sagas.Engine;

/// <summary>The part of a saga's typed state the engine reads: where it stands and how often the step was re-sent.</summary>
internal interface ISagaState
{
    /// <summary><see cref="Domain.SagaStates"/>.</summary>
    string Status { get; }

    string Step { get; }

    /// <summary>How often the current step's commands were re-sent after a timeout.</summary>
    int Attempts { get; }
}

/// <summary>
/// A saga definition: pure step functions over its typed state, no I/O. The engine loads the state,
/// calls these, saves the result and sends its commands in one transaction.
/// </summary>
internal interface ISaga<TState>
    where TState : class, ISagaState
{
    /// <summary>The instance type stored with every run, e.g. <c>CreateOrder</c>.</summary>
    static abstract string Type { get; }

    /// <summary>The messages that start this saga and those its running instance consumes: its only routing.</summary>
    static abstract SagaRoutes<TState> Routes { get; }

    /// <summary>Applies a reply or event; one that does not apply now comes back as <see cref="StepResult{TState}.Ignored"/>.</summary>
    static abstract StepResult<TState> On(TState state, object message, DateTimeOffset now);

    /// <summary>The current step got no reply in time: re-send its commands, or treat the step as failed.</summary>
    static abstract StepResult<TState> OnStepTimeout(TState state, DateTimeOffset now, int maxRetries);

    /// <summary>
    /// The state as it is stored after a step: a saga drops a secret (a gateway token) here once no step it can
    /// still re-send needs it, so the token is held only while its step waits.
    /// </summary>
    static virtual TState Stored(TState state) => state;

    /// <summary>How long <paramref name="state"/>'s current step waits for its reply.</summary>
    static abstract TimeSpan StepTimeout(TState state, SagasOptions options);
}
