using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace CampusG.Orders.Tests.ReadCache;

/// <summary>An Orders host whose read cache is the test Redis, under a key prefix of its own.</summary>
public sealed class RedisHostFixture : IAsyncLifetime
{
    private CampusGHost? _host;

    private ConnectionMultiplexer? _redis;

    public string Prefix { get; } = TestRedis.NewPrefix();

    public CampusGHost Host => _host ?? throw new InvalidOperationException("The host is not running yet.");

    public IDatabase Redis => (_redis ?? throw new InvalidOperationException("Not connected yet.")).GetDatabase();

    public MessageProbe Probe => Host.Services.GetRequiredService<MessageProbe>();

    internal OrdersApi Api => new(Host);

    public async Task InitializeAsync()
    {
        _redis = await TestRedis.ConnectAsync(TestRedis.Endpoint);
        _host = await OrdersHostFixture.StartAsync(
            ("Orders:ReadCache:Store", "Redis"), ("ConnectionStrings:Redis", TestRedis.Endpoint), ("Orders:ReadCache:KeyPrefix", Prefix));
    }

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        if (_redis is not null)
        {
            await TestRedis.DeleteAsync(_redis, Prefix);
            await _redis.DisposeAsync();
        }
    }
}
