using CampusG.Restaurants.Contracts;
using static CampusG.Restaurants.Tests.RestaurantsApi;

namespace CampusG.Restaurants.Tests;

/// <summary>Every create and change goes out as a full snapshot, one version per change, correlated by the restaurant.</summary>
public sealed class SnapshotTests(RestaurantsHostFixture fixture) : IClassFixture<RestaurantsHostFixture>
{
    private readonly Guid _ownerId = Guid.NewGuid();

    [Fact]
    public async Task RestaurantChanged_OnOpenAndEveryChange_WithGrowingVersions_NoneForANoOp()
    {
        var opened = await fixture.Api.OpenRestaurantAsync(_ownerId, Json(new { name = "Stall", location = "B1", lat = 1.3, lng = 103.8 }));
        var id = opened.RestaurantId;
        await fixture.Api.PatchRestaurantAsync(_ownerId, id, new { name = "Stall 2" });
        await fixture.Api.PatchRestaurantAsync(_ownerId, id, new { name = "Stall 2", location = "B1" }); // the values it has: no change
        await fixture.Api.PatchRestaurantAsync(_ownerId, id, new { status = "CLOSED" });
        await fixture.Api.PatchRestaurantAsync(_ownerId, id, new { description = "Only the description" });

        var changes = await fixture.Probe.WaitForCountAsync<RestaurantChanged>(4, r => r.RestaurantId == id);

        Assert.Equal([1L, 2L, 3L, 4L], changes.Select(c => c.Version));
        Assert.Equal(new RestaurantChanged(id, _ownerId, "Stall", "B1", "OPEN", 1.3, 103.8, 1, changes[0].At), changes[0]);
        Assert.Equal(("Stall 2", "OPEN"), (changes[1].Name, changes[1].Status));
        Assert.Equal(("Stall 2", "CLOSED"), (changes[2].Name, changes[2].Status));
        Assert.Equal(changes[2] with { Version = 4, At = changes[3].At }, changes[3]);
        Assert.Equal(TimeSpan.Zero, changes[0].At.Offset);
        Assert.All(Envelopes("restaurant.changed", id), e => Assert.Equal(id.ToString(), e.CorrelationId));
    }

    [Fact]
    public async Task MenuItemChanged_CarriesTheInitialStockOnVersionOneOnly()
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(_ownerId);
        var rid = restaurant.RestaurantId;
        var item = await fixture.Api.AddMenuItemAsync(_ownerId, rid, Item("Rice", 4.50m, 7));
        await fixture.Api.PatchMenuItemAsync(_ownerId, rid, item.ItemId, new { price = 4.80m });
        await fixture.Api.PatchMenuItemAsync(_ownerId, rid, item.ItemId, new { price = 4.80m }); // no change
        await fixture.Api.PatchMenuItemAsync(_ownerId, rid, item.ItemId, new { available = false });

        var changes = await fixture.Probe.WaitForCountAsync<MenuItemChanged>(3, m => m.ItemId == item.ItemId);

        Assert.Equal([1L, 2L, 3L], changes.Select(c => c.Version));
        Assert.Equal(new MenuItemChanged(item.ItemId, rid, _ownerId, "Rice", 4.50m, true, 7, 1, changes[0].At), changes[0]);
        Assert.Equal(changes[0] with { Price = 4.80m, InitialStock = null, Version = 2, At = changes[1].At }, changes[1]);
        Assert.Equal(changes[1] with { Available = false, Version = 3, At = changes[2].At }, changes[2]);
        Assert.All(Envelopes("menuItem.changed", rid), e => Assert.Equal(rid.ToString(), e.CorrelationId));
    }

    [Fact]
    public async Task MenuItemChanged_ForAnItemNotCounted_HasNoInitialStock_AndNamesTheOwnerWhenAnAdminChangesIt()
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(_ownerId);
        var item = await fixture.Api.AddMenuItemAsync(_ownerId, restaurant.RestaurantId, Item("Kopi", 1.20m));
        using var byAdmin = await fixture.Api.PatchItemAsync(
            Guid.NewGuid(), restaurant.RestaurantId, item.ItemId, Json(new { name = "Kopi O" }), admin: true);

        var changes = await fixture.Probe.WaitForCountAsync<MenuItemChanged>(2, m => m.ItemId == item.ItemId);

        Assert.Null(changes[0].InitialStock);
        Assert.All(changes, c => Assert.Equal(_ownerId, c.OwnerId));
        Assert.Equal("Kopi O", changes[1].Name);
    }

    [Fact]
    public async Task ConcurrentChanges_EachGetAVersionOfTheirOwn()
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(_ownerId);

        await Task.WhenAll(Enumerable.Range(1, 8).Select(i => fixture.Api.PatchRestaurantAsync(_ownerId, restaurant.RestaurantId, new { name = $"Name {i}" })));

        var changes = await fixture.Probe.WaitForCountAsync<RestaurantChanged>(9, r => r.RestaurantId == restaurant.RestaurantId);
        Assert.Equal(Enumerable.Range(1, 9).Select(v => (long)v), changes.Select(c => c.Version));
        Assert.Equal(changes[^1].Name, (await fixture.Api.GetRestaurantAsync(_ownerId, restaurant.RestaurantId)).Name);
    }

    [Fact]
    public async Task ARefusedChange_PublishesNothing()
    {
        var restaurant = await fixture.Api.OpenRestaurantAsync(_ownerId);
        using var refused = await fixture.Api.PatchAsync(Guid.NewGuid(), restaurant.RestaurantId, Json(new { name = "Taken" }));
        await fixture.Api.PatchRestaurantAsync(_ownerId, restaurant.RestaurantId, new { name = "Mine" });

        var changes = await fixture.Probe.WaitForCountAsync<RestaurantChanged>(2, r => r.RestaurantId == restaurant.RestaurantId);

        Assert.Equal(["Koufu stall 3", "Mine"], changes.Select(c => c.Name));
    }

    private IEnumerable<Messaging.Envelope> Envelopes(string type, Guid restaurantId) =>
        fixture.Probe.Seen.Where(e => e.Type == type && e.Payload.GetProperty("restaurantId").GetGuid() == restaurantId);
}
