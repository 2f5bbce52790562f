using CampusG.Messaging.DeadLetters;
using CampusG.Restaurants.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CampusG.Restaurants.Tests.RestaurantsApi;
using static CampusG.Restaurants.Tests.StockFeed;

namespace CampusG.Restaurants.Tests;

/// <summary><c>availableCount</c> follows Inventory's <c>inventory.stockChanged</c>: newer versions only, each once.</summary>
public sealed class StockTests(RestaurantsHostFixture fixture) : IClassFixture<RestaurantsHostFixture>
{
    private readonly Guid _ownerId = Guid.NewGuid();

    private StockFeed Feed => new(fixture.Host);

    [Fact]
    public async Task AvailableCount_IsTheInitialStock_ThenFollowsNewerVersionsOnly()
    {
        var (rid, item) = await ItemAsync(stock: 10);
        Assert.Equal(10, await CountAsync(rid, item));

        await Feed.SendAsync(Stock(item, rid, 8, 1));
        Assert.Equal(8, await CountAsync(rid, item));

        await Feed.SendAsync(Stock(item, rid, 5, 3));
        await Feed.SendAsync(Stock(item, rid, 9, 2)); // late: older than what is shown
        await Feed.SendAsync(Stock(item, rid, 9, 3)); // same version again
        Assert.Equal(5, await CountAsync(rid, item));
    }

    [Fact]
    public async Task NoStockLeft_ShowsAvailableWithACountOfZero()
    {
        var (rid, item) = await ItemAsync(stock: 1);

        await Feed.SendAsync(Stock(item, rid, 0, 2));

        var shown = Assert.Single((await fixture.Api.GetRestaurantAsync(Guid.NewGuid(), rid)).Items);
        Assert.Equal((true, 0), (shown.Available, shown.AvailableCount));
    }

    [Fact]
    public async Task ANullCount_MeansNoLongerCounted()
    {
        var (rid, item) = await ItemAsync(stock: 4);

        await Feed.SendAsync(Stock(item, rid, null, 2));

        Assert.Null(await CountAsync(rid, item));
    }

    [Fact]
    public async Task TheSameMessageDeliveredTwice_ChangesNothing()
    {
        var (rid, item) = await ItemAsync(stock: 10);
        var first = await Feed.SendAsync(Stock(item, rid, 7, 1));
        await Feed.SendAsync(Stock(item, rid, 6, 2));

        await Feed.RedeliverAsync(first);

        Assert.Equal(6, await CountAsync(rid, item));
        Assert.Equal(2, await StockVersionAsync(item));
    }

    [Fact]
    public async Task AStockChangeOfAnUnknownItem_IsIgnored_NotDeadLettered()
    {
        var (rid, item) = await ItemAsync(stock: 3);

        await Feed.SendAsync(Stock(Guid.NewGuid(), rid, 1, 1));

        Assert.Equal(3, await CountAsync(rid, item));
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        Assert.Empty(await scope.ServiceProvider.GetRequiredService<RestaurantsDbContext>().Set<DeadLetter>().ToListAsync());
    }

    [Fact]
    public async Task AnOwnersEdit_KeepsTheCountInventoryReported()
    {
        var (rid, item) = await ItemAsync(stock: 10);
        await Feed.SendAsync(Stock(item, rid, 4, 1));

        var edited = await fixture.Api.PatchMenuItemAsync(_ownerId, rid, item, new { price = 9.90m });

        Assert.Equal(4, edited.AvailableCount);
    }

    private async Task<(Guid RestaurantId, Guid ItemId)> ItemAsync(int stock)
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(_ownerId);
        var item = await fixture.Api.AddMenuItemAsync(_ownerId, restaurant.RestaurantId, Item("Rice", 4.50m, stock));
        return (restaurant.RestaurantId, item.ItemId);
    }

    private async Task<int?> CountAsync(Guid restaurantId, Guid itemId) =>
        (await fixture.Api.GetRestaurantAsync(Guid.NewGuid(), restaurantId)).Items.Single(i => i.ItemId == itemId).AvailableCount;

    private async Task<long> StockVersionAsync(Guid itemId)
    {
        await using var scope = fixture.Host.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<RestaurantsDbContext>().MenuItems.SingleAsync(i => i.Id == itemId)).StockVersion;
    }
}
