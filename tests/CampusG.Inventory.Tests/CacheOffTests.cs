using CampusG.Inventory.Contracts;
using CampusG.Inventory.Features;
using CampusG.Testing;
using StackExchange.Redis;

namespace CampusG.Inventory.Tests;

/// <summary>Without a reachable cache the database answers; embedded mode writes no cache at all.</summary>
public sealed class CacheOffTests
{
    [Fact]
    public async Task WithRedisDown_EverythingIsServedFromTheDatabase()
    {
        await using var host = await InventoryHost.StartAsync(("Inventory:Cache:Store", "Redis"), ("ConnectionStrings:Redis", "127.0.0.1:1"));
        var api = new InventoryApi(host);
        var (owner, orderId) = (Guid.NewGuid(), Guid.NewGuid());
        var item = await host.AddItemAsync(stock: 4, owner);

        await host.SendAsync(InventoryHost.Reserve(orderId, (item.ItemId, 1)), orderId);
        await host.Probe().WaitForAsync<StockReserved>(r => r.OrderId == orderId);
        using var adjusted = await api.AdjustAsync(owner, item.ItemId, 2);

        Assert.Equal(new ItemAvailability(item.ItemId, true, 5), await InventoryApi.ReadAsync<ItemAvailability>(adjusted));
        Assert.Equal(new ItemAvailability(item.ItemId, true, 5), await api.AvailabilityAsync(item.ItemId));
    }

    [Fact]
    public async Task EmbeddedMode_DoesNotUseRedis_EvenWhenItIsConfigured()
    {
        var prefix = $"test:{Guid.NewGuid():N}:";
        await using var host = await InventoryHost.StartAsync(("ConnectionStrings:Redis", DistributedDeployment.Redis), ("Inventory:Cache:KeyPrefix", prefix));
        var item = await host.AddItemAsync(stock: 4);

        Assert.Equal(4, (await new InventoryApi(host).AvailabilityAsync(item.ItemId)).AvailableCount);

        await using var redis = await ConnectionMultiplexer.ConnectAsync(DistributedDeployment.Redis);
        Assert.False(await redis.GetDatabase().KeyExistsAsync($"{prefix}item_avail:{item.ItemId}"));
    }
}
