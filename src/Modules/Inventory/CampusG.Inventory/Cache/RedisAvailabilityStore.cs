using System.Text.Json;
using StackExchange.Redis;

namespace CampusG.Inventory.Cache;

/// <summary>
/// <c>{prefix}item_avail:{itemId}</c> in Redis: a JSON string <c>{available, availableCount, version}</c>. A write is
/// one Lua script that keeps the entry when it is at least as new, so two processes writing after their commits
/// cannot put an older answer back. Commands fail at once while Redis is down (no queueing); it reconnects by itself.
/// </summary>
internal sealed class RedisAvailabilityStore(string connectionString, AvailabilityCacheOptions options) : IAsyncDisposable
{
    private const string PutScript = """
        local current = redis.call('GET', KEYS[1])
        if current then
          local ok, entry = pcall(cjson.decode, current)
          if ok and type(entry) == 'table' and tonumber(entry['version']) and tonumber(entry['version']) >= tonumber(ARGV[1]) then
            return 0
          end
        end
        redis.call('SET', KEYS[1], ARGV[2], 'PX', ARGV[3])
        return 1
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() =>
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        var timeout = (int)options.RedisTimeout.TotalMilliseconds;
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = configuration.SyncTimeout = configuration.AsyncTimeout = timeout;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        return ConnectionMultiplexer.ConnectAsync(configuration);
    });

    public string Key(Guid itemId) => $"{options.KeyPrefix}item_avail:{itemId}";

    public async Task<Dictionary<Guid, CachedAvailability>> GetAsync(IReadOnlyCollection<Guid> itemIds)
    {
        var ids = itemIds.ToArray();
        var values = await (await DatabaseAsync()).StringGetAsync([.. ids.Select(id => (RedisKey)Key(id))]);
        var found = new Dictionary<Guid, CachedAvailability>();
        for (var i = 0; i < ids.Length; i++)
        {
            if (Parse(values[i]) is { } entry)
            {
                found[ids[i]] = entry;
            }
        }

        return found;
    }

    public async Task PutAsync(IReadOnlyCollection<(Guid ItemId, CachedAvailability Value)> entries)
    {
        var db = await DatabaseAsync();
        var ttl = (long)options.Ttl.TotalMilliseconds;
        await Task.WhenAll(entries.Select(e =>
            db.ScriptEvaluateAsync(PutScript, [Key(e.ItemId)], [e.Value.Version, JsonSerializer.Serialize(e.Value, Json), ttl])));
    }

    public async Task DeleteAsync(IReadOnlyCollection<Guid> itemIds) =>
        await (await DatabaseAsync()).KeyDeleteAsync([.. itemIds.Select(id => (RedisKey)Key(id))]);

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated && _connection.Value.IsCompletedSuccessfully)
        {
            await _connection.Value.Result.DisposeAsync();
        }
    }

    private async Task<IDatabase> DatabaseAsync() => (await _connection.Value).GetDatabase();

    /// <summary>An entry, or null for a missing or unreadable one (a miss).</summary>
    private static CachedAvailability? Parse(RedisValue value)
    {
        if (value.IsNullOrEmpty)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<CachedAvailability>((string)value!, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
