using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CampusG.Messaging;

/// <summary>
/// A background worker that works in passes: after each pass it sleeps for as long as the pass says, or until its
/// <see cref="WakeSignal"/> is nudged (a commit made new work visible). A pass that lost a race with another worker
/// runs again at once; one that failed is retried after <see cref="AfterFailure"/>.
/// </summary>
public abstract partial class SignalledWorker(WakeSignal signal, TimeProvider time, ILogger logger) : BackgroundService
{
    /// <summary>The worker's clock (tests pass a fake one).</summary>
    protected TimeProvider Time { get; } = time;

    /// <summary>How long to wait after a failed pass.</summary>
    protected abstract TimeSpan AfterFailure { get; }

    /// <summary>Runs one pass; returns how long to wait before the next (zero: at once).</summary>
    protected abstract Task<TimeSpan> RunPassAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield(); // let the host finish starting
        while (!stoppingToken.IsCancellationRequested)
        {
            // Armed before the pass, so a nudge that lands while it runs still cuts the following wait short.
            var wake = signal.Arm();
            TimeSpan wait;
            try
            {
                wait = await RunPassAsync(stoppingToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                LogLostRace(logger, GetType().Name);
                wait = TimeSpan.Zero;
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogPassFailed(logger, ex, GetType().Name);
                wait = AfterFailure;
            }

            await WaitAsync(wake, wait, stoppingToken);
        }
    }

    private async Task WaitAsync(Task wake, TimeSpan wait, CancellationToken stoppingToken)
    {
        if (wait <= TimeSpan.Zero)
        {
            return;
        }

        using var stopDelay = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        await Task.WhenAny(Task.Delay(wait, Time, stopDelay.Token), wake);
        await stopDelay.CancelAsync();
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Worker}: a row of this pass changed meanwhile (another worker took it); running the pass again")]
    private static partial void LogLostRace(ILogger logger, string worker);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Worker}: a pass failed; retrying shortly")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, string worker);
}
