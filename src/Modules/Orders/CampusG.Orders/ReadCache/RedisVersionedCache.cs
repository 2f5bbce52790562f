using StackExchange.Redis;

namespace CampusG.Orders.ReadCache;

/// <summary>
/// The distributed mode's cache: each entry is a Redis hash (<c>v</c> = version, <c>d</c> = data, no <c>d</c> for a
/// tombstone), and the compare-and-set runs as one Lua script so racing processes cannot interleave.
/// </summary>
internal sealed class RedisVersionedCache(RedisConnection connection) : IVersionedCache
{
    // Versions are small integers (order versions, list generations), which Lua numbers hold exactly.
    private const string PutScript = """
        local cur = tonumber(redis.call('HGET', KEYS[1], 'v'))
        local v = tonumber(ARGV[1])
        if cur and (cur > v or (cur == v and redis.call('HEXISTS', KEYS[1], 'd') == 1)) then return 0 end
        redis.call('DEL', KEYS[1])
        redis.call('HSET', KEYS[1], 'v', ARGV[1], 'd', ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        return 1
        """;

    private const string InvalidateScript = """
        local cur = tonumber(redis.call('HGET', KEYS[1], 'v'))
        if cur and cur >= tonumber(ARGV[1]) then return 0 end
        redis.call('DEL', KEYS[1])
        redis.call('HSET', KEYS[1], 'v', ARGV[1])
        redis.call('PEXPIRE', KEYS[1], ARGV[2])
        return 1
        """;

    private const string BumpScript = """
        local cur = tonumber(redis.call('HGET', KEYS[1], 'v')) or 0
        redis.call('DEL', KEYS[1])
        redis.call('HSET', KEYS[1], 'v', cur + 1)
        redis.call('PEXPIRE', KEYS[1], ARGV[1])
        return cur + 1
        """;

    private static readonly RedisValue[] Fields = ["v", "d"];

    public async Task<CachedValue?[]> GetAsync(IReadOnlyList<string> keys, CancellationToken cancellationToken)
    {
        var db = await connection.DatabaseAsync(cancellationToken);
        var replies = await Task.WhenAll(keys.Select(k => db.HashGetAsync(k, Fields)));
        return [.. replies.Select(r => r[0].TryParse(out long version) ? new CachedValue(version, r[1].IsNull ? null : (string?)r[1]) : (CachedValue?)null)];
    }

    public async Task PutAsync(string key, long version, string data, TimeSpan ttl, CancellationToken cancellationToken)
    {
        var db = await connection.DatabaseAsync(cancellationToken);
        await db.ScriptEvaluateAsync(PutScript, [key], [version, data, (long)ttl.TotalMilliseconds]);
    }

    public async Task InvalidateAsync(string key, long version, TimeSpan ttl, CancellationToken cancellationToken)
    {
        var db = await connection.DatabaseAsync(cancellationToken);
        await db.ScriptEvaluateAsync(InvalidateScript, [key], [version, (long)ttl.TotalMilliseconds]);
    }

    public async Task BumpAsync(string key, TimeSpan ttl, CancellationToken cancellationToken)
    {
        var db = await connection.DatabaseAsync(cancellationToken);
        await db.ScriptEvaluateAsync(BumpScript, [key], [(long)ttl.TotalMilliseconds]);
    }
}
