using CampusG.Inventory.Contracts;
using CampusG.Testing;

namespace CampusG.Inventory.Tests;

/// <summary>Inventory's copy of the menu, kept from <c>menuItem.changed</c>.</summary>
public sealed class MenuTrackingTests(InventoryHostFixture fixture) : IClassFixture<InventoryHostFixture>
{
    private CampusGHost Host => fixture.Host;

    [Fact]
    public async Task Version1_StartsTracking_WithItsInitialStock_AndAnnouncesIt()
    {
        var owner = Guid.NewGuid();

        var menu = await Host.AddItemAsync(stock: 5, owner);

        var item = await Host.ItemAsync(menu.ItemId);
        Assert.NotNull(item);
        Assert.Equal((menu.RestaurantId, owner, "Chicken rice", true, 5), (item.RestaurantId, item.OwnerId, item.Name, item.Available, item.Count));
        var changed = Assert.Single(Host.Changes(menu.ItemId));
        Assert.Equal((menu.RestaurantId, (int?)5, 1L), (changed.RestaurantId, changed.AvailableCount, changed.Version));
        var envelope = Host.Probe().Seen.Single(e => e.Type == "inventory.stockChanged" && e.Payload.GetProperty("itemId").GetGuid() == menu.ItemId);
        Assert.Equal(menu.ItemId.ToString(), envelope.CorrelationId);
    }

    [Fact]
    public async Task AnItemWithoutInitialStock_IsNotCounted()
    {
        var menu = await Host.AddItemAsync(stock: null);

        Assert.Null(Assert.Single(Host.Changes(menu.ItemId)).AvailableCount);
        Assert.Null(await Host.CountAsync(menu.ItemId));
    }

    [Fact]
    public async Task LaterVersions_ChangeTheMenuFields_NotTheStock_AndOlderOnesChangeNothing()
    {
        var menu = await Host.AddItemAsync(stock: 5);
        var newOwner = Guid.NewGuid();

        await Host.PublishAsync(menu with { Version = 3, Name = "Nasi lemak", Available = false, OwnerId = newOwner, InitialStock = 40 });
        await Host.PublishAsync(menu with { Version = 2, Name = "stale", Available = true });
        await Host.PublishAsync(menu with { Version = 1, Name = "repeated" });
        await Host.PublishAsync(menu with { Version = 4, Name = "Nasi lemak", Available = false, OwnerId = newOwner });

        var item = await Eventually.UntilAsync(() => Host.ItemAsync(menu.ItemId), i => i?.MenuVersion == 4, what: "version 4 applied");
        Assert.Equal(("Nasi lemak", false, newOwner, 5), (item!.Name, item.Available, item.OwnerId, item.Count));
        Assert.Single(Host.Changes(menu.ItemId));
    }
}
