using Microsoft.Extensions.Configuration;

namespace CampusG.Hosting;

/// <summary>
/// A setting that says where a store keeps its data: <c>Auto</c> (the default: Redis in distributed mode when
/// <c>ConnectionStrings:Redis</c> is set, else the local store), the local store's name, or <c>Redis</c>. One rule for
/// the sessions, the order read cache and the availability cache.
/// </summary>
public static class RedisStoreSetting
{
    /// <summary>
    /// Whether the store named by <paramref name="key"/> uses Redis. Throws at start for an unknown value, or for
    /// <c>Redis</c> without a connection string.
    /// </summary>
    /// <param name="local">The other accepted value, e.g. <c>Memory</c>.</param>
    public static bool UsesRedis(IConfiguration configuration, string key, string local)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var store = configuration[key] ?? "Auto";
        var redis = configuration.GetConnectionString("Redis");
        if (string.Equals(store, "Auto", StringComparison.OrdinalIgnoreCase))
        {
            return HostRole.From(configuration).IsDistributed && !string.IsNullOrWhiteSpace(redis);
        }

        if (string.Equals(store, local, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (!string.Equals(store, "Redis", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"{key} must be Auto, {local} or Redis, not '{store}'.");
        }

        return !string.IsNullOrWhiteSpace(redis)
            ? true
            : throw new InvalidOperationException($"{key} is Redis but ConnectionStrings:Redis is not set.");
    }
}
