using System.Collections.Concurrent;
using CampusG.ServiceDefaults.Resilience;
using Microsoft.Extensions.Logging;

namespace CampusG.Orders.ReadCache;

/// <summary>
/// Keeps a cache failure from reaching a request: a failed call counts as a miss (reads go to the database) and
/// opens a short back-off in which the cache is not tried at all, so a dead server costs one timeout per back-off,
/// not one per request. Invalidations due while it is off are kept and applied before the cache is read again,
/// so a read never shows what a committed write has replaced.
/// </summary>
internal sealed partial class ResilientCache(
    IVersionedCache inner, ReadCacheOptions options, TimeProvider time, ILogger<ResilientCache> logger) : IVersionedCache
{
    /// <summary>Pending invalidations kept at most; beyond it the entries' TTL bounds what is missed.</summary>
    public const int MaxPending = 10_000;

    private readonly ConcurrentDictionary<string, (long? Version, TimeSpan Ttl)> _pending = new();

    private static readonly object Done = new();

    private readonly OutageBackoff _backoff = new("The order read cache", options.FailureBackoff, time, logger);

    public async Task<CachedValue?[]> GetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken) =>
        await _backoff.TryAsync(async () =>
        {
            await FlushAsync(cancellationToken);
            return await inner.GetAsync(keys, cancellationToken);
        }) ?? new CachedValue?[keys.Count];

    public Task PutAsync(string key, long version, string data, TimeSpan ttl, CancellationToken cancellationToken) =>
        _backoff.TryAsync(async () =>
        {
            await FlushAsync(cancellationToken);
            await inner.PutAsync(key, version, data, ttl, cancellationToken);
            return Done;
        });

    public Task InvalidateAsync(string key, long version, TimeSpan ttl, CancellationToken cancellationToken) =>
        ApplyOrRememberAsync(key, version, ttl, cancellationToken);

    public Task BumpAsync(string key, TimeSpan ttl, CancellationToken cancellationToken) =>
        ApplyOrRememberAsync(key, null, ttl, cancellationToken);

    /// <summary>An invalidation (a bump when <paramref name="version"/> is null), kept for later when the cache fails.</summary>
    private async Task ApplyOrRememberAsync(string key, long? version, TimeSpan ttl, CancellationToken cancellationToken)
    {
        var applied = await _backoff.TryAsync(async () =>
        {
            await ApplyAsync(key, version, ttl, cancellationToken);
            return Done;
        });
        if (applied is null)
        {
            Remember(key, version, ttl);
        }
    }

    private Task ApplyAsync(string key, long? version, TimeSpan ttl, CancellationToken cancellationToken) =>
        version is { } v ? inner.InvalidateAsync(key, v, ttl, cancellationToken) : inner.BumpAsync(key, ttl, cancellationToken);

    /// <summary>Applies the pending invalidations before the cache is used again (throws while it still fails).</summary>
    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        foreach (var (key, pending) in _pending)
        {
            await ApplyAsync(key, pending.Version, pending.Ttl, cancellationToken);
            _pending.TryRemove(new KeyValuePair<string, (long?, TimeSpan)>(key, pending));
        }
    }

    private void Remember(string key, long? version, TimeSpan ttl)
    {
        if (_pending.Count >= MaxPending && !_pending.ContainsKey(key))
        {
            LogPendingDropped(logger, key);
            return;
        }

        _pending.AddOrUpdate(key, (version, ttl), (_, current) => current.Version >= version ? current : (version, ttl)); // one bump covers many
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Too many invalidations pending for the unreachable read cache; {Key} will expire by its TTL")]
    private static partial void LogPendingDropped(ILogger logger, string key);
}
