namespace CampusG.Timers.Workers;

/// <summary>
/// Wakes the timer worker early when a new timer was committed. The worker arms it before each
/// pass, so a nudge that lands while a pass runs still cuts the following wait short.
/// </summary>
internal sealed class TimerWakeSignal
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
