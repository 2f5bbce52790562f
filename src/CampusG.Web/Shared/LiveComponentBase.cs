using Microsoft.AspNetCore.Components;

namespace CampusG.Web.Shared;

/// <summary>
/// A component that keeps itself current: <see cref="RefreshAsync"/> runs when it starts and then on a
/// <see cref="PeriodicTimer"/> (every 2 s by default) until it is disposed, re-rendering after each pass. This is
/// the UI's live status: it asks the public API again, so it works the same behind the gateway.
/// </summary>
public abstract class LiveComponentBase : ComponentBase, IDisposable
{
    private readonly CancellationTokenSource _stop = new();

    [Inject]
    protected TimeProvider Time { get; set; } = null!;

    protected virtual TimeSpan RefreshInterval => TimeSpan.FromSeconds(2);

    protected abstract Task RefreshAsync();

    protected override async Task OnInitializedAsync()
    {
        await RefreshAsync();
        _ = PollAsync(_stop.Token);
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
            _stop.Cancel();
        }
    }

    private async Task PollAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(RefreshInterval, Time);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
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
}
