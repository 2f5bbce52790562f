using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CampusG.Hosting.Telemetry;

/// <summary>
/// A value read from a module's database on a schedule for an observable gauge, so that a scrape of <c>/metrics</c>
/// reads memory and never waits on a query. The first reading is taken when the host starts (after the module's
/// migrations, which are registered first); a failed reading keeps the last value and is tried again next time.
/// </summary>
public abstract class PeriodicReading<T>(TimeSpan interval, TimeProvider time, ILogger logger) : BackgroundService
    where T : class
{
    /// <summary>The setting that says how often every reading is taken.</summary>
    public const string IntervalKey = "Telemetry:GaugeInterval";

    private static readonly TimeSpan DefaultInterval = TimeSpan.FromSeconds(15);

    private volatile T? _current;

    /// <summary>The last successful reading; null until the first one.</summary>
    public T? Current => _current;

    /// <summary>How often readings are taken: <c>Telemetry:GaugeInterval</c>, 15 seconds by default.</summary>
    public static TimeSpan Interval(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var interval = configuration.GetValue(IntervalKey, DefaultInterval);
        return interval > TimeSpan.Zero ? interval : throw new InvalidOperationException($"{IntervalKey} must be positive, not {interval}.");
    }

    protected abstract Task<T> ReadAsync(CancellationToken cancellationToken);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(interval, time);
        do
        {
            try
            {
                _current = await ReadAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                TelemetryLog.ReadingFailed(logger, ex, GetType().Name);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}

internal static partial class TelemetryLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "The {Reading} gauge reading failed; the last value stays until the next one")]
    public static partial void ReadingFailed(ILogger logger, Exception exception, string reading);
}
