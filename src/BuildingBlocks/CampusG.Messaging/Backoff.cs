namespace CampusG.Messaging;

/// <summary>Exponential backoff with ±25 % jitter, so retries of many messages do not line up.</summary>
internal static class Backoff
{
    public static TimeSpan For(int attempt, TimeSpan baseDelay, TimeSpan maxDelay)
    {
        var exponent = Math.Min(Math.Max(attempt - 1, 0), 20);
        var delayMs = Math.Min(baseDelay.TotalMilliseconds * Math.Pow(2, exponent), maxDelay.TotalMilliseconds);
        var jitter = 0.75 + (Random.Shared.NextDouble() * 0.5);
        return TimeSpan.FromMilliseconds(delayMs * jitter);
    }
}
