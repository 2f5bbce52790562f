namespace CampusG.Messaging;

/// <summary>
/// Wakes a background worker early, typically from a <see cref="CommitSignalInterceptor"/> once a commit made new
/// work visible. The worker arms it before each pass, so a nudge that lands while a pass runs still cuts the
/// following wait short. Each worker derives its own type, so every module's worker has its own signal in DI.
/// </summary>
public abstract class WakeSignal
{
    private TaskCompletionSource _current = NewSource();

    /// <summary>A task that completes on the next nudge.</summary>
    public Task Arm()
    {
        var fresh = NewSource();
        Volatile.Write(ref _current, fresh);
        return fresh.Task;
    }

    public void Nudge() => Volatile.Read(ref _current).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
