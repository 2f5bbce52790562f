namespace CampusG.Messaging.Tests.Support;

/// <summary>Polls for an eventually-consistent outcome instead of sleeping a guessed time.</summary>
public static class Eventually
{
    public static async Task<T> UntilAsync<T>(Func<Task<T>> probe, Func<T, bool> done, TimeSpan? timeout = null, string? what = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what ?? "the condition"}; last value: {System.Text.Json.JsonSerializer.Serialize(value)}");
            }

            await Task.Delay(20);
        }
    }
}
