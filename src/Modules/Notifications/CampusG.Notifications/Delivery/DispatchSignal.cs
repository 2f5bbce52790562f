namespace CampusG.Notifications.Delivery;

/// <summary>
/// Wakes the dispatcher when a new notification was committed. The dispatcher takes a fresh
/// wake-up task before each pass, so a nudge that lands during a pass ends the following wait.
/// </summary>
internal sealed class DispatchSignal
{
    private TaskCompletionSource _pending = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task NextNudge()
    {
        var next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        Volatile.Write(ref _pending, next);
        return next.Task;
    }

    public void Nudge() => Volatile.Read(ref _pending).TrySetResult();
}
