using CampusG.Web.Api;
using CampusG.Web.Live;
using Microsoft.AspNetCore.Components;

namespace CampusG.Web.Shared;

/// <summary>
/// A component that keeps itself current: <see cref="RefreshAsync"/> runs when it starts, when a notification it cares
/// about arrives on the circuit's <see cref="NotificationFeed"/> (and once more a moment later, for the views that
/// follow the order a little behind it, such as payment and the event log), and otherwise every
/// <see cref="LiveInterval"/> while the stream is open or <see cref="PollInterval"/> while it is not. It asks the
/// public API again each time, so it works the same behind the gateway.
/// </summary>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    private readonly CancellationTokenSource _stop = new();

    private readonly SemaphoreSlim _wake = new(0, 1);

    [Inject]
    protected TimeProvider Time { get; set; } = null!;

    [Inject]
    private NotificationFeed Feed { get; set; } = null!;

    /// <summary>How often to ask again while the notification stream is closed or refused.</summary>
    protected virtual TimeSpan PollInterval => TimeSpan.FromSeconds(5);

    /// <summary>How often to ask again while it is open: a safety net, since not every change sends a notification.</summary>
    protected virtual TimeSpan LiveInterval => TimeSpan.FromSeconds(30);

    protected abstract Task RefreshAsync();

    /// <summary>Whether <paramref name="notification"/> may change what this component shows.</summary>
    protected virtual bool RefreshesOn(Notification notification) => true;

    protected override async Task OnInitializedAsync()
    {
        Feed.Received += OnNotification;
        Feed.Opened += Wake;
        await RefreshAsync();
        _ = LoopAsync(_stop.Token);
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            Feed.Received -= OnNotification;
            Feed.Opened -= Wake;
            _stop.Cancel();
        }
    }

    private void OnNotification(Notification notification)
    {
        if (RefreshesOn(notification))
        {
            Wake();
        }
    }

    private void Wake()
    {
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // A refresh is due already.
        }
    }

    private async Task LoopAsync(CancellationToken stop)
    {
        try
        {
            var settling = false;
            while (true)
            {
                var woken = await WaitAsync(settling ? Settle : Feed.IsLive ? LiveInterval : PollInterval, stop);
                settling = woken;
                await InvokeAsync(async () =>
                {
                    await RefreshAsync();
                    StateHasChanged();
                });
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: the page was left.
        }
        finally
        {
            _stop.Dispose();
        }
    }

    /// <summary>True when woken by a notification, false when <paramref name="interval"/> passed first.</summary>
    private async Task<bool> WaitAsync(TimeSpan interval, CancellationToken stop)
    {
        using var timeout = new CancellationTokenSource(interval, Time);
        using var either = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stop);
        try
        {
            await _wake.WaitAsync(either.Token);
            return true;
        }
        catch (OperationCanceledException) when (!stop.IsCancellationRequested)
        {
            return false;
        }
    }
}
