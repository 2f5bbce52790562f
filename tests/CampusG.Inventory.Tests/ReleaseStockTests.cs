using System.Text.Json;
using CampusG.Inventory.Contracts;
using CampusG.Testing;

namespace CampusG.Inventory.Tests;

/// <summary><c>inventory.release</c> on the real bus: stock given back once; a release that comes first leaves a tombstone.</summary>
public sealed class ReleaseStockTests(InventoryHostFixture fixture) : IClassFixture<InventoryHostFixture>
{
    private CampusGHost Host => fixture.Host;

    private MessageProbe Probe => Host.Probe();

    [Fact]
    public async Task Release_GivesTheItemsBackOnce_AndRepeatsItsReply()
    {
        var (item, orderId) = (await Host.AddItemAsync(stock: 5), Guid.NewGuid());
        await Host.SendAsync(InventoryHost.Reserve(orderId, (item.ItemId, 2)), orderId);
        await Probe.WaitForAsync<StockReserved>(r => r.OrderId == orderId);

        await Host.SendAsync(new ReleaseStock(orderId, "PAYMENT_FAILED"), orderId);
        await Host.SendAsync(new ReleaseStock(orderId, "PAYMENT_FAILED"), orderId);

        var replies = await Probe.WaitForCountAsync<StockReleased>(2, r => r.OrderId == orderId);
        Assert.Equal([new StockLine(item.ItemId, 2)], replies[0].ReleasedItems);
        Assert.Single(replies.Select(r => JsonSerializer.Serialize(r)).Distinct());
        Assert.Equal(5, await Host.CountAsync(item.ItemId));
        var changes = await Probe.WaitForCountAsync<StockChanged>(3, c => c.ItemId == item.ItemId);
        Assert.Equal([(int?)5, 3, 5], changes.Select(c => c.AvailableCount));
    }

    [Fact]
    public async Task ReleaseBeforeReserve_LeavesATombstone_SoTheLateReserveHoldsNothing()
    {
        var (item, orderId) = (await Host.AddItemAsync(stock: 5), Guid.NewGuid());

        await Host.SendAsync(new ReleaseStock(orderId, "CUSTOMER_CANCELLED"), orderId);
        Assert.Empty((await Probe.WaitForAsync<StockReleased>(r => r.OrderId == orderId)).ReleasedItems);
        await Host.SendAsync(InventoryHost.Reserve(orderId, (item.ItemId, 2)), orderId);

        var failed = await Probe.WaitForAsync<StockReservationFailed>(r => r.OrderId == orderId);
        Assert.Equal(StockFailureReasons.Released, failed.Reason);
        Assert.Empty(failed.FailedItems);
        Assert.Equal(5, await Host.CountAsync(item.ItemId));
        Assert.DoesNotContain(Probe.All<StockReserved>(), r => r.OrderId == orderId);
    }

    [Fact]
    public async Task ReleaseOfAFailedReservation_ReleasesNothing()
    {
        var (item, orderId) = (await Host.AddItemAsync(stock: 1), Guid.NewGuid());
        await Host.SendAsync(InventoryHost.Reserve(orderId, (item.ItemId, 2)), orderId);
        await Probe.WaitForAsync<StockReservationFailed>(r => r.OrderId == orderId);

        await Host.SendAsync(new ReleaseStock(orderId, "OUT_OF_STOCK"), orderId);

        Assert.Empty((await Probe.WaitForAsync<StockReleased>(r => r.OrderId == orderId)).ReleasedItems);
        Assert.Equal(1, await Host.CountAsync(item.ItemId));
        Assert.Single(Host.Changes(item.ItemId));
    }
}
