using CampusG.Inventory.Domain;

namespace CampusG.Inventory.Cache;

/// <summary>What <c>item_avail:{itemId}</c> holds: the availability answer and the version it was made from.</summary>
internal sealed record CachedAvailability(bool Available, int? AvailableCount, long Version)
{
    public static CachedAvailability From(StockItem item) => new(item.IsAvailable, item.Count, item.CacheVersion);
}

/// <summary>
/// A cache of item availability in front of the database, which stays the truth: a miss, or a cache that cannot be
/// reached, is answered from the database. No call throws.
/// </summary>
internal interface IAvailabilityCache
{
    /// <summary>False when there is no cache (embedded mode): nothing needs to be told of changes.</summary>
    bool Enabled { get; }

    /// <summary>The cached entries of <paramref name="itemIds"/> (hits only).</summary>
    Task<IReadOnlyDictionary<Guid, CachedAvailability>> GetAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken);

    /// <summary>Stores each entry unless the cached one is at least as new.</summary>
    Task PutAsync(IReadOnlyCollection<(Guid ItemId, CachedAvailability Value)> entries, CancellationToken cancellationToken);

    /// <summary>Drops the entries (their next read goes to the database).</summary>
    Task ForgetAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken);
}

/// <summary>Embedded mode: no cache; every read goes to the module's SQLite file.</summary>
internal sealed class NoAvailabilityCache : IAvailabilityCache
{
    private static readonly IReadOnlyDictionary<Guid, CachedAvailability> None = new Dictionary<Guid, CachedAvailability>();

    public bool Enabled => false;

    public Task<IReadOnlyDictionary<Guid, CachedAvailability>> GetAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken) =>
        Task.FromResult(None);

    public Task PutAsync(IReadOnlyCollection<(Guid ItemId, CachedAvailability Value)> entries, CancellationToken cancellationToken) =>
        Task.CompletedTask;

    public Task ForgetAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken) => Task.CompletedTask;
}
