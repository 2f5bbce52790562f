using System.Text.Json;
using CampusG.Inventory.Contracts;
using CampusG.Inventory.Features;
using CampusG.Testing;

namespace CampusG.Inventory.Tests;

/// <summary>
/// <c>item_avail:{itemId}</c> in Redis: written after every commit that changes the item, read before the database,
/// which stays the truth.
/// </summary>
public sealed class RedisCacheTests(RedisCacheFixture fixture) : IClassFixture<RedisCacheFixture>
{
    private CampusGHost Host => fixture.Host;

    [Fact]
    public async Task EachCommit_WritesTheItemsAvailability()
    {
        var item = await Host.AddItemAsync(stock: 5);
        await Eventually.TrueAsync(async () => (await EntryAsync(item.ItemId))?.Count == 5, what: "the tracked item cached");
        var orderId = Guid.NewGuid();

        await Host.SendAsync(InventoryHost.Reserve(orderId, (item.ItemId, 5)), orderId);

        var entry = await Eventually.UntilAsync(() => EntryAsync(item.ItemId), e => e?.Count == 0, what: "the reservation cached");
        Assert.Equal((false, 3L), (entry!.Value.Available, entry.Value.Version));
        var ttl = await fixture.Redis.KeyTimeToLiveAsync(fixture.Key(item.ItemId));
        Assert.InRange(ttl ?? TimeSpan.Zero, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task Adjust_RewritesTheEntry_BeforeItAnswers()
    {
        var owner = Guid.NewGuid();
        var item = await Host.AddItemAsync(stock: 1, owner);

        using var response = await fixture.Api.AdjustAsync(owner, item.ItemId, 4);

        Assert.Equal(5, (await EntryAsync(item.ItemId))?.Count);
        Assert.Equal(new ItemAvailability(item.ItemId, true, 5), await fixture.Api.AvailabilityAsync(item.ItemId));
    }

    [Fact]
    public async Task Reads_AreServedFromTheCache()
    {
        var item = await Host.AddItemAsync(stock: 5);
        await Eventually.TrueAsync(async () => await EntryAsync(item.ItemId) is not null, what: "the item cached");

        await fixture.Redis.StringSetAsync(fixture.Key(item.ItemId), """{"available":true,"availableCount":42,"version":99}""");

        Assert.Equal(42, (await fixture.Api.AvailabilityAsync(item.ItemId)).AvailableCount);
        using var many = await fixture.Api.PostAsync(Guid.NewGuid(), "/v1/products/availability", JsonSerializer.Serialize(new { itemIds = new[] { item.ItemId } }));
        Assert.Equal(42, Assert.Single((await InventoryApi.ReadAsync<AvailabilityListResponse>(many)).Items).AvailableCount);
    }

    [Fact]
    public async Task AMissingEntry_IsReadFromTheDatabase_AndCachedAgain()
    {
        var item = await Host.AddItemAsync(stock: 3);
        await Eventually.TrueAsync(async () => await EntryAsync(item.ItemId) is not null, what: "the item cached");
        await fixture.Redis.KeyDeleteAsync(fixture.Key(item.ItemId));

        Assert.Equal(new ItemAvailability(item.ItemId, true, 3), await fixture.Api.AvailabilityAsync(item.ItemId));

        Assert.Equal(3, (await EntryAsync(item.ItemId))?.Count);
    }

    [Fact]
    public async Task AnOlderAnswer_NeverReplacesANewerEntry()
    {
        var owner = Guid.NewGuid();
        var item = await Host.AddItemAsync(stock: 3, owner);
        await Eventually.TrueAsync(async () => await EntryAsync(item.ItemId) is not null, what: "the item cached");
        await fixture.Redis.StringSetAsync(fixture.Key(item.ItemId), """{"available":true,"availableCount":7,"version":1000}""");

        using var response = await fixture.Api.AdjustAsync(owner, item.ItemId, 1);

        Assert.Equal(1000L, (await EntryAsync(item.ItemId))?.Version);
        Assert.Equal(4, await Host.CountAsync(item.ItemId));
    }

    private async Task<(bool Available, int? Count, long Version)?> EntryAsync(Guid itemId)
    {
        var value = await fixture.Redis.StringGetAsync(fixture.Key(itemId));
        if (value.IsNullOrEmpty)
        {
            return null;
        }

        using var json = JsonDocument.Parse((string)value!);
        var root = json.RootElement;
        var count = root.GetProperty("availableCount");
        return (root.GetProperty("available").GetBoolean(), count.ValueKind == JsonValueKind.Null ? null : count.GetInt32(), root.GetProperty("version").GetInt64());
    }
}
