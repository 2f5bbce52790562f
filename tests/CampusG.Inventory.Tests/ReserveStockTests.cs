using System.Text.Json;
using CampusG.Inventory.Contracts;
using CampusG.Testing;

namespace CampusG.Inventory.Tests;

/// <summary><c>inventory.reserve</c> on the real bus: all or nothing, once per order.</summary>
public sealed class ReserveStockTests(InventoryHostFixture fixture) : IClassFixture<InventoryHostFixture>
{
    private CampusGHost Host => fixture.Host;

    private MessageProbe Probe => Host.Probe();

    [Fact]
    public async Task Reserve_TakesCountedStock_AndReservesUncountedItems()
    {
        var (counted, uncounted, orderId) = (await Host.AddItemAsync(stock: 5), await Host.AddItemAsync(stock: null), Guid.NewGuid());

        await Host.SendAsync(InventoryHost.Reserve(orderId, (counted.ItemId, 2), (uncounted.ItemId, 3)), orderId);

        var reserved = await Probe.WaitForAsync<StockReserved>(r => r.OrderId == orderId);
        Assert.Equal([new StockLine(counted.ItemId, 2), new StockLine(uncounted.ItemId, 3)], reserved.ReservedItems);
        Assert.Equal(3, await Host.CountAsync(counted.ItemId));
        var changed = await Probe.WaitForAsync<StockChanged>(c => c.ItemId == counted.ItemId && c.Version == 2);
        Assert.Equal(3, changed.AvailableCount);
        Assert.Single(Host.Changes(uncounted.ItemId));
    }

    [Fact]
    public async Task Reserve_WhenShort_FailsWithTheShortItems_AndTakesNothing()
    {
        var (plenty, scarce, orderId) = (await Host.AddItemAsync(stock: 5), await Host.AddItemAsync(stock: 1), Guid.NewGuid());

        await Host.SendAsync(InventoryHost.Reserve(orderId, (plenty.ItemId, 2), (scarce.ItemId, 3)), orderId);

        var failed = await Probe.WaitForAsync<StockReservationFailed>(r => r.OrderId == orderId);
        Assert.Equal(StockFailureReasons.OutOfStock, failed.Reason);
        Assert.Equal([new StockShortfall(scarce.ItemId, 3, 1)], failed.FailedItems);
        Assert.Equal((5, 1), (await Host.CountAsync(plenty.ItemId), await Host.CountAsync(scarce.ItemId)));
        Assert.Single(Host.Changes(plenty.ItemId));
    }

    [Fact]
    public async Task Reserve_OfAnItemMarkedUnavailable_FailsAsItemUnavailable_AndTakesNothing()
    {
        var (offMenu, plenty, orderId) = (await Host.AddItemAsync(stock: 9, available: false), await Host.AddItemAsync(stock: 5), Guid.NewGuid());

        await Host.SendAsync(InventoryHost.Reserve(orderId, (plenty.ItemId, 1), (offMenu.ItemId, 1)), orderId);

        var failed = await Probe.WaitForAsync<StockReservationFailed>(r => r.OrderId == orderId);
        Assert.Equal(StockFailureReasons.Unavailable, failed.Reason);
        Assert.Equal([new StockShortfall(offMenu.ItemId, 1, 0)], failed.FailedItems);
        Assert.Equal((9, 5), (await Host.CountAsync(offMenu.ItemId), await Host.CountAsync(plenty.ItemId)));
    }

    [Fact]
    public async Task Reserve_OfASoldOutItem_IsOutOfStock_WithNoneAvailable()
    {
        var (soldOut, orderId) = (await Host.AddItemAsync(stock: 0), Guid.NewGuid());

        await Host.SendAsync(InventoryHost.Reserve(orderId, (soldOut.ItemId, 1)), orderId);

        var failed = await Probe.WaitForAsync<StockReservationFailed>(r => r.OrderId == orderId);
        Assert.Equal(StockFailureReasons.OutOfStock, failed.Reason);
        Assert.Equal([new StockShortfall(soldOut.ItemId, 1, 0)], failed.FailedItems);
    }

    [Fact]
    public async Task AnItemInventoryHasNoRowFor_IsNotCounted_AndAlwaysReserved()
    {
        var (counted, unknown, orderId) = (await Host.AddItemAsync(stock: 2), Guid.NewGuid(), Guid.NewGuid());

        await Host.SendAsync(InventoryHost.Reserve(orderId, (unknown, 40), (counted.ItemId, 2)), orderId);

        var reserved = await Probe.WaitForAsync<StockReserved>(r => r.OrderId == orderId);
        Assert.Equal([new StockLine(unknown, 40), new StockLine(counted.ItemId, 2)], reserved.ReservedItems);
        Assert.Equal(0, await Host.CountAsync(counted.ItemId));
        Assert.Null(await Host.ItemAsync(unknown));
        Assert.Empty(Host.Changes(unknown));

        await Host.SendAsync(new ReleaseStock(orderId, "PAYMENT_FAILED"), orderId);
        var released = await Probe.WaitForAsync<StockReleased>(r => r.OrderId == orderId);
        Assert.Equal(reserved.ReservedItems, released.ReleasedItems);
        Assert.Equal(2, await Host.CountAsync(counted.ItemId));
        Assert.Null(await Host.ItemAsync(unknown));
    }

    [Fact]
    public async Task TheSameCommandThreeTimes_ChangesTheStockOnce_AndRepeatsTheReply()
    {
        var (item, orderId) = (await Host.AddItemAsync(stock: 4), Guid.NewGuid());
        var reserve = InventoryHost.Reserve(orderId, (item.ItemId, 3));

        for (var i = 0; i < 3; i++)
        {
            await Host.SendAsync(reserve, orderId);
        }

        var replies = await Probe.WaitForCountAsync<StockReserved>(3, r => r.OrderId == orderId);
        Assert.Single(replies.Select(r => JsonSerializer.Serialize(r)).Distinct());
        Assert.Equal(1, await Host.CountAsync(item.ItemId));
        Assert.Equal([1L, 2L], (await Probe.WaitForCountAsync<StockChanged>(2, c => c.ItemId == item.ItemId)).Select(c => c.Version));
    }

    [Fact]
    public async Task EightOrdersForTheLastUnit_ReserveItExactlyOnce()
    {
        var item = await Host.AddItemAsync(stock: 1);
        var orders = Enumerable.Range(0, 8).Select(_ => Guid.NewGuid()).ToList();

        await Task.WhenAll(orders.Select(o => Host.SendAsync(InventoryHost.Reserve(o, (item.ItemId, 1)), o)));

        await Eventually.TrueAsync(
            () => Task.FromResult(Replies(orders) == 8), what: "a reply to each of the 8 orders");
        Assert.Single(Probe.All<StockReserved>(), r => orders.Contains(r.OrderId));
        var failures = Probe.All<StockReservationFailed>().Where(r => orders.Contains(r.OrderId)).ToList();
        Assert.Equal(7, failures.Count);
        Assert.All(failures, f => Assert.Equal([new StockShortfall(item.ItemId, 1, 0)], f.FailedItems));
        Assert.Equal(0, await Host.CountAsync(item.ItemId));
    }

    private int Replies(List<Guid> orders) =>
        Probe.All<StockReserved>().Count(r => orders.Contains(r.OrderId)) + Probe.All<StockReservationFailed>().Count(r => orders.Contains(r.OrderId));
}
