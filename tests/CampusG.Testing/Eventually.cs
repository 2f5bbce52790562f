using System.Text.Json;

namespace CampusG.Testing;

/// <summary>
/// Polls for an eventually-consistent outcome instead of sleeping a guessed time: the one polling loop of the test
/// suite. A passing wait returns as soon as the outcome shows; a failing one says what it waited for and what it saw.
/// </summary>
public static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(20);

    /// <summary>Probes until <paramref name="done"/> holds for the value and returns that value.</summary>
    public static async Task<T> UntilAsync<T>(
        Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, string? what = null, TimeSpan? interval = null)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(done);
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out after {timeout ?? DefaultTimeout} waiting for {what ?? "the condition"}; last value: {Describe(value)}");
            }

            await Task.Delay(interval ?? DefaultInterval);
        }
    }

    /// <summary>Polls until <paramref name="condition"/> holds.</summary>
    public static Task TrueAsync(Func<Task<bool>> condition, TimeSpan? timeout = null, string? what = null, TimeSpan? interval = null) =>
        UntilAsync(condition, holds => holds, timeout, what, interval);

    private static string Describe<T>(T value)
    {
        try
        {
            return JsonSerializer.Serialize(value);
        }
        catch (NotSupportedException)
        {
            return value?.ToString() ?? "null";
        }
    }
}
