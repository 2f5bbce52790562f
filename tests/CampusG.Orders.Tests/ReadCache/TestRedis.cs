using StackExchange.Redis;

namespace CampusG.Orders.Tests.ReadCache;

/// <summary>The shared Redis the tests use (<c>CAMPUSG_TEST_REDIS</c>, default <c>127.0.0.1:6379</c>; scripts/servers/redis.sh starts it).</summary>
internal static class TestRedis
{
    public static string Endpoint => Environment.GetEnvironmentVariable("CAMPUSG_TEST_REDIS") is { Length: > 0 } value ? value : "127.0.0.1:6379";

    /// <summary>A prefix no other test (or engineer) uses, so tests share one server without seeing each other's keys.</summary>
    public static string NewPrefix() => $"test:{Guid.NewGuid():N}:";

    public static Task<ConnectionMultiplexer> ConnectAsync(string endpoint) =>
        ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions { EndPoints = { endpoint }, ConnectTimeout = 2000, AllowAdmin = true });

    /// <summary>Deletes every key under <paramref name="prefix"/>.</summary>
    public static async Task DeleteAsync(IConnectionMultiplexer redis, string prefix)
    {
        foreach (var endpoint in redis.GetEndPoints())
        {
            await foreach (var key in redis.GetServer(endpoint).KeysAsync(pattern: prefix + "*"))
            {
                await redis.GetDatabase().KeyDeleteAsync(key);
            }
        }
    }
}
