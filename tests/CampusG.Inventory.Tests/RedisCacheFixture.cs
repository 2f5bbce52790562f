using CampusG.Testing;
using StackExchange.Redis;

namespace CampusG.Inventory.Tests;

/// <summary>
/// An Inventory host whose availability cache is the test Redis (<c>CAMPUSG_TEST_REDIS</c>, default 127.0.0.1:6379),
/// under a key prefix of its own so tests and deployments sharing the server never meet.
/// </summary>
public sealed class RedisCacheFixture : IAsyncLifetime
{
    private CampusGHost? _host;

    private ConnectionMultiplexer? _redis;

    public string Prefix { get; } = $"test:{Guid.NewGuid():N}:";

    public CampusGHost Host => _host ?? throw new InvalidOperationException("The host is not running yet.");

    public IDatabase Redis => (_redis ?? throw new InvalidOperationException("Not connected yet.")).GetDatabase();

    internal InventoryApi Api => new(Host);

    public string Key(Guid itemId) => $"{Prefix}item_avail:{itemId}";

    public async Task InitializeAsync()
    {
        _redis = await ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions { EndPoints = { DistributedDeployment.Redis }, AllowAdmin = true });
        _host = await InventoryHost.StartAsync(
            ("Inventory:Cache:Store", "Redis"), ("ConnectionStrings:Redis", DistributedDeployment.Redis), ("Inventory:Cache:KeyPrefix", Prefix));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_redis is not null)
        {
            var server = _redis.GetServer(_redis.GetEndPoints()[0]);
            await foreach (var key in server.KeysAsync(pattern: Prefix + "*"))
            {
                await Redis.KeyDeleteAsync(key);
            }

            await _redis.DisposeAsync();
        }
    }
}
