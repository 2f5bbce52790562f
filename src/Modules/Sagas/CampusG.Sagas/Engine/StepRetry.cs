using CampusG.Sagas.Domain;

namespace CampusG.Sagas.Engine;

/// <summary>Shared pieces of the sagas' pure steps: re-sending a step after its deadline, and counting awaited replies.</summary>
internal static class StepRetry
{
    /// <summary>
    /// How long a step waits for its reply: <paramref name="timeout"/> at first, doubled on each re-send up to 8
    /// times that. Messages are not lost (outbox, inbox, durable queues), so a missing reply almost always means a
    /// participant that is down or behind; re-sending at a fixed pace would pile duplicates onto its backlog.
    /// </summary>
    public static TimeSpan Timeout(TimeSpan timeout, int attempts) => timeout * (1 << Math.Clamp(attempts, 0, 3));

    /// <summary>
    /// The timeout step of a saga: nothing when no step waits, the step's commands re-sent while retries
    /// remain, otherwise <paramref name="giveUp"/>.
    /// </summary>
    public static StepResult<TState> OnTimeout<TState>(
        TState state, int maxRetries, Func<TState, int, TState> withAttempts, Func<TState, IReadOnlyList<SagaCommand>> commands, Func<StepResult<TState>> giveUp)
        where TState : class, ISagaState
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!SagaStates.IsActive(state.Status))
        {
            return StepResult<TState>.Ignored(state, $"no step waits in state {state.Status}");
        }

        if (state.Attempts >= maxRetries)
        {
            return giveUp();
        }

        var retried = withAttempts(state, state.Attempts + 1);
        return StepResult<TState>.Send(retried, commands(retried), $"timeout: retry {retried.Attempts} of {maxRetries}");
    }

    /// <summary>The step ran out of retries: the saga stops as <paramref name="failed"/> (FAILED) for an operator.</summary>
    public static StepResult<TState> GaveUp<TState>(TState failed, int maxRetries)
        where TState : class, ISagaState =>
        StepResult<TState>.Done(failed, $"timeout: gave up at step {failed.Step} after {maxRetries} retries");

    /// <summary><paramref name="awaiting"/> without <paramref name="reply"/>, or null when that reply was not awaited (a duplicate).</summary>
    public static IReadOnlyList<string>? Without(IReadOnlyList<string> awaiting, string reply) =>
        awaiting.Contains(reply) ? [.. awaiting.Where(r => r != reply)] : null;
}
