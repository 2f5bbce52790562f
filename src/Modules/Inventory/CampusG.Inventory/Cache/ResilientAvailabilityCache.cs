using System.Collections.Concurrent;
using CampusG.ServiceDefaults.Resilience;
using Microsoft.Extensions.Logging;

namespace CampusG.Inventory.Cache;

/// <summary>
/// The Redis availability cache, kept from failing a request: a failed call is a miss (the read goes to the database)
/// and Redis is left alone for <see cref="AvailabilityCacheOptions.FailureBackoff"/> (<see cref="OutageBackoff"/>).
/// Entries whose rewrite was due while Redis was off are deleted before it is read again, so a recovered cache never
/// answers what a committed change replaced.
/// </summary>
internal sealed partial class ResilientAvailabilityCache : IAvailabilityCache
{
    /// <summary>Stale entries remembered at most; beyond it their TTL bounds what is missed.</summary>
    public const int MaxStale = 10_000;

    private static readonly IReadOnlyDictionary<Guid, CachedAvailability> None = new Dictionary<Guid, CachedAvailability>();

    private static readonly object Done = new();

    private readonly ConcurrentDictionary<Guid, bool> _stale = new();

    private readonly RedisAvailabilityStore _store;

    private readonly OutageBackoff _backoff;

    private readonly ILogger _logger;

    public ResilientAvailabilityCache(
        RedisAvailabilityStore store, AvailabilityCacheOptions options, TimeProvider time, ILogger<ResilientAvailabilityCache> logger)
    {
        _store = store;
        _logger = logger;
        _backoff = new OutageBackoff("The availability cache", options.FailureBackoff, time, logger);
    }

    public bool Enabled => true;

    public async Task<IReadOnlyDictionary<Guid, CachedAvailability>> GetAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken) =>
        await _backoff.TryAsync(async () =>
        {
            await FlushStaleAsync();
            return await _store.GetAsync(itemIds);
        }) ?? None;

    public async Task PutAsync(IReadOnlyCollection<(Guid ItemId, CachedAvailability Value)> entries, CancellationToken cancellationToken)
    {
        var done = await _backoff.TryAsync(async () =>
        {
            await FlushStaleAsync();
            await _store.PutAsync(entries);
            return Done;
        });
        RememberUnless(done, entries.Select(e => e.ItemId));
    }

    public async Task ForgetAsync(IReadOnlyCollection<Guid> itemIds, CancellationToken cancellationToken)
    {
        var done = await _backoff.TryAsync(async () =>
        {
            await _store.DeleteAsync(itemIds);
            return Done;
        });
        RememberUnless(done, itemIds);
    }

    /// <summary>Deletes the entries remembered as stale (throws while Redis still fails).</summary>
    private async Task FlushStaleAsync()
    {
        if (_stale.IsEmpty)
        {
            return;
        }

        var stale = _stale.Keys.ToList();
        await _store.DeleteAsync(stale);
        stale.ForEach(id => _stale.TryRemove(id, out _));
    }

    /// <summary>When a write did not reach Redis, its entries are remembered to be deleted once it answers again.</summary>
    private void RememberUnless(object? done, IEnumerable<Guid> itemIds)
    {
        if (done is not null)
        {
            return;
        }

        foreach (var id in itemIds)
        {
            if (_stale.Count >= MaxStale)
            {
                LogTooManyStale(_logger, MaxStale);
                return;
            }

            _stale.TryAdd(id, true);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "More than {Max} availability entries wait to be dropped from the unreachable cache; the rest expire by their TTL")]
    private static partial void LogTooManyStale(ILogger logger, int max);
}
