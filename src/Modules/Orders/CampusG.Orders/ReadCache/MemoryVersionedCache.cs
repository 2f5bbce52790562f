using Microsoft.Extensions.Caching.Memory;

namespace CampusG.Orders.ReadCache;

/// <summary>The embedded mode's cache: one process, so one lock makes each compare-and-set atomic.</summary>
internal sealed class MemoryVersionedCache : IVersionedCache, IDisposable
{
    /// <summary>Entries kept at most; the least recently used go first beyond it.</summary>
    public const int MaxEntries = 50_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = MaxEntries, CompactionPercentage = 0.1 });

    private readonly Lock _lock = new();

    public Task<CachedValue?[]> GetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var values = new CachedValue?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            values[i] = _cache.TryGetValue(keys[i], out CachedValue value) ? value : null;
        }

        return Task.FromResult(values);
    }

    public Task PutAsync(string key, long version, string data, TimeSpan ttl, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_cache.TryGetValue(key, out CachedValue current)
                || current.Version < version || (current.Version == version && current.Data is null))
            {
                Set(key, new CachedValue(version, data), ttl);
            }
        }

        return Task.CompletedTask;
    }

    public Task InvalidateAsync(string key, long version, TimeSpan ttl, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (!_cache.TryGetValue(key, out CachedValue current) || current.Version < version)
            {
                Set(key, new CachedValue(version, null), ttl);
            }
        }

        return Task.CompletedTask;
    }

    public Task BumpAsync(string key, TimeSpan ttl, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            var version = _cache.TryGetValue(key, out CachedValue current) ? current.Version : 0;
            Set(key, new CachedValue(version + 1, null), ttl);
        }

        return Task.CompletedTask;
    }

    public void Dispose() => _cache.Dispose();

    private void Set(string key, CachedValue value, TimeSpan ttl) =>
        _cache.Set(key, value, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = ttl, Size = 1 });
}
