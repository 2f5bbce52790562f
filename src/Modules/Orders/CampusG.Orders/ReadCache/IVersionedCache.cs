namespace CampusG.Orders.ReadCache;

/// <summary>
/// A cached value and the version of the data it was made from. <see cref="Data"/> null is a tombstone: a writer
/// committed <see cref="Version"/> and nothing at that version has been cached yet.
/// </summary>
internal readonly record struct CachedValue(long Version, string? Data);

/// <summary>
/// A key-value cache whose entries only move forward: a value is stored only when it is newer than what is there,
/// so a reader that loaded old data before a commit cannot overwrite the writer's invalidation with it.
/// </summary>
internal interface IVersionedCache
{
    /// <summary>The entries of <paramref name="keys"/>, in the same order (null where there is none).</summary>
    Task<CachedValue?[]> GetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken);

    /// <summary>Stores <paramref name="data"/> unless the entry is newer, or as new and not a tombstone.</summary>
    Task PutAsync(string key, long version, string data, TimeSpan ttl, CancellationToken cancellationToken);

    /// <summary>Replaces the entry with a tombstone at <paramref name="version"/> unless it is at least that new.</summary>
    Task InvalidateAsync(string key, long version, TimeSpan ttl, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces the entry with a tombstone one version above it (1 when there is none): for values with no version
    /// of their own, a reader then stores with the version it found before reading (0 for none), which fails once bumped.
    /// </summary>
    Task BumpAsync(string key, TimeSpan ttl, CancellationToken cancellationToken);
}
