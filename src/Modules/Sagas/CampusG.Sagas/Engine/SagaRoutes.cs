namespace CampusG.Sagas.Engine;

/// <summary>
/// The messages a saga declares, next to its steps: those that start it and those its running instance consumes.
/// <see cref="SagaDispatcher{TMessage}"/> hands each message to every saga type that declares it; nothing else
/// routes messages to sagas (a test checks that every message a saga's steps match is declared, and the reverse).
/// </summary>
internal sealed class SagaRoutes<TState>
    where TState : class, ISagaState
{
    private readonly Dictionary<Type, SagaRoute<TState>> _routes = [];

    /// <summary>Every declared message type, the explicitly started ones included.</summary>
    public IReadOnlyCollection<Type> Declared => _routes.Keys;

    /// <summary>The message types the dispatcher routes (all but the explicitly started ones).</summary>
    public IEnumerable<Type> Routed => _routes.Where(r => !r.Value.IsExplicit).Select(r => r.Key);

    /// <summary>
    /// Starts an instance when none exists for the message's correlation id; an existing instance, finished or not,
    /// takes it as a step instead (an accept after a give-back re-enters the Accept Order saga).
    /// </summary>
    public SagaRoutes<TState> StartedBy<TMessage>(Func<TMessage, DateTimeOffset, StepResult<TState>> start, Func<TMessage, bool>? when = null)
        where TMessage : class =>
        Add<TMessage>(new SagaRoute<TState>(Applies(when), (message, now) => start((TMessage)message, now), IsExplicit: false));

    /// <summary>A reply or event the running instance takes as a step; a finished or missing instance drops it.</summary>
    public SagaRoutes<TState> Consumes<TMessage>(Func<TMessage, bool>? when = null)
        where TMessage : class =>
        Add<TMessage>(new SagaRoute<TState>(Applies(when), Start: null, IsExplicit: false));

    /// <summary>
    /// A start that a handler of the module makes itself after a look-up (the Cancel Order saga's current round);
    /// declared so that the saga's steps and its routes still read together.
    /// </summary>
    public SagaRoutes<TState> StartedExplicitly<TMessage>()
        where TMessage : class =>
        Add<TMessage>(new SagaRoute<TState>(_ => false, Start: null, IsExplicit: true));

    public SagaRoute<TState>? For(Type messageType) => _routes.GetValueOrDefault(messageType);

    private SagaRoutes<TState> Add<TMessage>(SagaRoute<TState> route)
    {
        if (!_routes.TryAdd(typeof(TMessage), route))
        {
            throw new InvalidOperationException($"{typeof(TMessage).Name} is declared twice for one saga.");
        }

        return this;
    }

    private static Func<object, bool> Applies<TMessage>(Func<TMessage, bool>? when) =>
        when is null ? _ => true : message => when((TMessage)message);
}

/// <param name="Applies">Whether this message is for the saga at all (a runner's payment info is not Create Order's).</param>
/// <param name="Start">How the message starts an instance; null when it only feeds a running one.</param>
internal sealed record SagaRoute<TState>(Func<object, bool> Applies, Func<object, DateTimeOffset, StepResult<TState>>? Start, bool IsExplicit)
    where TState : class, ISagaState;
