namespace CampusG.Orders.ReadCache;

/// <summary>Configuration section <c>Orders:ReadCache</c>.</summary>
internal sealed class ReadCacheOptions
{
    public const string SectionName = "Orders:ReadCache";

    /// <summary>
    /// <c>Auto</c> (default: Redis in distributed mode when <c>ConnectionStrings:Redis</c> is set, else memory),
    /// <c>Memory</c> or <c>Redis</c>.
    /// </summary>
    public string Store { get; set; } = "Auto";

    /// <summary>Put before every key (e.g. to share one Redis between environments or tests).</summary>
    public string KeyPrefix { get; set; } = "";

    /// <summary>
    /// How long an <c>order:{id}</c> snapshot lives. Every commit replaces it, so this only bounds how stale an
    /// entry can get when an invalidation was lost (the cache was unreachable when it was due).
    /// </summary>
    public TimeSpan OrderTtl { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long <c>customer:{id}:last_orders</c> lives (24 hours, R-TRK-3 in docs/requirements.md).</summary>
    public TimeSpan LastOrdersTtl { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How many of a customer's newest order ids <c>last_orders</c> holds.</summary>
    public int LastOrdersSize { get; set; } = 50;

    /// <summary>Connect and command timeout for Redis.</summary>
    public TimeSpan RedisTimeout { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>After a cache failure, reads and writes skip the cache for this long before trying it again.</summary>
    public TimeSpan FailureBackoff { get; set; } = TimeSpan.FromSeconds(5);
}
