using Microsoft.Extensions.Logging;

namespace CampusG.ServiceDefaults.Resilience;

/// <summary>
/// Keeps an optional dependency (a cache) from failing requests: a call that throws counts as no answer and opens a
/// back-off in which the dependency is not tried at all, so a dead server costs one timeout per back-off, not one per
/// request. The outage and the recovery are logged once each.
/// </summary>
/// <param name="dependency">What the log lines call the dependency, e.g. "The availability cache".</param>
public sealed partial class OutageBackoff(string dependency, TimeSpan backoff, TimeProvider time, ILogger logger)
{
    private long _offUntilTicks;

    private int _failing;

    /// <summary>The call's result, or null when the dependency is in its back-off or the call failed (which starts one).</summary>
    public async Task<T?> TryAsync<T>(Func<Task<T>> call)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(call);
        if (time.GetUtcNow().UtcTicks < Interlocked.Read(ref _offUntilTicks))
        {
            return null;
        }

        try
        {
            var result = await call();
            if (Interlocked.Exchange(ref _failing, 0) == 1)
            {
                LogRecovered(logger, dependency);
            }

            return result;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            Interlocked.Exchange(ref _offUntilTicks, (time.GetUtcNow() + backoff).UtcTicks);
            if (Interlocked.Exchange(ref _failing, 1) == 0)
            {
                LogUnavailable(logger, exception, dependency, backoff);
            }

            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Dependency} is unreachable; the database answers instead, trying it again every {Backoff}")]
    private static partial void LogUnavailable(ILogger logger, Exception exception, string dependency, TimeSpan backoff);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Dependency} answers again")]
    private static partial void LogRecovered(ILogger logger, string dependency);
}
