namespace CampusG.Inventory.Cache;

/// <summary>Configuration section <c>Inventory:Cache</c>: the availability cache (<c>item_avail:{itemId}</c> in Redis).</summary>
internal sealed class AvailabilityCacheOptions
{
    public const string SectionName = "Inventory:Cache";

    /// <summary>
    /// <c>Auto</c> (default: Redis in distributed mode when <c>ConnectionStrings:Redis</c> is set, else none),
    /// <c>None</c> or <c>Redis</c>.
    /// </summary>
    public string Store { get; set; } = "Auto";

    /// <summary>Put before every key (deployments or tests sharing one Redis).</summary>
    public string KeyPrefix { get; set; } = "";

    /// <summary>
    /// How long an entry lives. Every commit that changes the item rewrites it, so this only bounds how stale an
    /// entry can get when a rewrite was lost (Redis was unreachable when it was due).
    /// </summary>
    public TimeSpan Ttl { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Connect and command timeout for Redis.</summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>After a cache failure, reads and writes skip Redis for this long before trying it again.</summary>
    public TimeSpan FailureBackoff { get; set; } = TimeSpan.FromSeconds(5);
}
