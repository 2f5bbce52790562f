using CampusG.Inventory.Contracts;
using CampusG.Inventory.Domain;
using CampusG.Inventory.Features;
using CampusG.Restaurants.Contracts;

namespace CampusG.Inventory.Tests;

/// <summary>The rules of <see cref="StockItem"/>, <see cref="Reservation"/> and <see cref="ReservationRequest"/> alone.</summary>
public sealed class StockDomainTests
{
    private static readonly DateTime Now = new(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Track_Version1_TakesTheInitialStock_AndLaterVersionsOnlyTheMenu()
    {
        var v1 = Snapshot(1, stock: 5);
        var item = StockItem.Track(v1, Now);

        Assert.False(item.Apply(v1 with { Version = 2, Name = "Nasi lemak", Available = false, InitialStock = 50 }, Now));

        Assert.Equal((5, "Nasi lemak", false, 2L, 1L), (item.Count, item.Name, item.Available, item.MenuVersion, item.Version));
        Assert.False(item.IsAvailable);
    }

    [Fact]
    public void Apply_AnOlderVersion_ChangesNothing()
    {
        var item = StockItem.Track(Snapshot(3, stock: null, name: "new"), Now);

        Assert.False(item.Apply(Snapshot(2, stock: null, name: "old"), Now));

        Assert.Equal(("new", 3L), (item.Name, item.MenuVersion));
    }

    [Fact]
    public void Version1_ArrivingAfterALaterOne_StillSetsTheStock_ButNotTheMenu()
    {
        var item = StockItem.Track(Snapshot(2, stock: null, name: "new"), Now);
        Assert.Null(item.Count);

        Assert.True(item.Apply(Snapshot(1, stock: 7, name: "old"), Now));
        Assert.False(item.Apply(Snapshot(1, stock: 7, name: "old"), Now));

        Assert.Equal((7, "new", 2L), (item.Count, item.Name, item.Version));
    }

    [Theory]
    [InlineData(true, null, true)]
    [InlineData(true, 1, true)]
    [InlineData(true, 0, false)]
    [InlineData(false, 3, false)]
    [InlineData(false, null, false)]
    public void IsAvailable_NeedsTheFlag_AndStockWhenCounted(bool flag, int? stock, bool expected)
    {
        Assert.Equal(expected, StockItem.Track(Snapshot(1, stock, available: flag), Now).IsAvailable);
    }

    [Fact]
    public void Request_MergesAnItemNamedTwice_AndKeepsTheOrder()
    {
        var (a, b) = (Guid.NewGuid(), Guid.NewGuid());

        var request = ReservationRequest.From(InventoryHost.Reserve(Guid.NewGuid(), (b, 1), (a, 2), (b, 3)));

        Assert.Equal([new StockLine(b, 4), new StockLine(a, 2)], request.Lines);
    }

    [Fact]
    public void Failed_IsItemUnavailable_WhenAnyItemIsMarkedUnavailable()
    {
        var (short1, off) = (StockItem.Track(Snapshot(1, stock: 1), Now), StockItem.Track(Snapshot(1, stock: null, available: false, id: Guid.NewGuid()), Now));
        var request = ReservationRequest.From(InventoryHost.Reserve(Guid.NewGuid(), (short1.ItemId, 2), (off.ItemId, 1)));

        var reply = Assert.IsType<StockReservationFailed>(
            request.Failed(request.Check(new Dictionary<Guid, StockItem> { [short1.ItemId] = short1, [off.ItemId] = off }), Now).ReserveReply());

        Assert.Equal(StockFailureReasons.Unavailable, reply.Reason);
        Assert.Equal([new StockShortfall(short1.ItemId, 2, 1), new StockShortfall(off.ItemId, 1, 0)], reply.FailedItems);
    }

    [Fact]
    public void Check_PassesItemsWithoutARow_AndUncountedOnes_WhateverTheQuantity()
    {
        var (uncounted, unknown) = (StockItem.Track(Snapshot(1, stock: null), Now), Guid.NewGuid());
        var request = ReservationRequest.From(InventoryHost.Reserve(Guid.NewGuid(), (uncounted.ItemId, 50), (unknown, 50)));

        Assert.Empty(request.Check(new Dictionary<Guid, StockItem> { [uncounted.ItemId] = uncounted }));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Check_RefusesAQuantityBelowOne(int quantity)
    {
        var unknown = Guid.NewGuid();
        var request = ReservationRequest.From(InventoryHost.Reserve(Guid.NewGuid(), (unknown, quantity)));

        Assert.Equal(new Shortfall(0, Unavailable: true), Assert.Single(request.Check(new Dictionary<Guid, StockItem>())).Value);
    }

    [Fact]
    public void Release_GivesBackOnce_AndRepeatsItsReply()
    {
        var itemId = Guid.NewGuid();
        var reservation = Reservation.Reserved(Guid.NewGuid(), [ReservationLine.Of(Guid.Empty, 0, itemId, 2, taken: true)], Now);

        Assert.True(reservation.Release(Now.AddMinutes(1)));
        var first = reservation.ReleaseReply();
        Assert.False(reservation.Release(Now.AddMinutes(2)));

        Assert.Equal(first.ReleasedItems, reservation.ReleaseReply().ReleasedItems);
        Assert.Equal([new StockLine(itemId, 2)], first.ReleasedItems);
        Assert.Equal(new DateTimeOffset(Now.AddMinutes(1)), reservation.ReleaseReply().At);
        Assert.IsType<StockReserved>(reservation.ReserveReply());
    }

    [Fact]
    public void Tombstone_MakesTheReserveReplyReleased_AndReleasesNothing()
    {
        var tombstone = Reservation.Tombstone(Guid.NewGuid(), Now);

        Assert.False(tombstone.Release(Now));
        Assert.Empty(tombstone.ReleaseReply().ReleasedItems);
        Assert.Equal(StockFailureReasons.Released, Assert.IsType<StockReservationFailed>(tombstone.ReserveReply()).Reason);
    }

    private static MenuItemChanged Snapshot(long version, int? stock, string name = "Chicken rice", bool available = true, Guid? id = null) =>
        new(id ?? Guid.Parse("6f1a4d35-0c1e-4a5e-9f1e-2d3c4b5a6978"), Guid.NewGuid(), Guid.NewGuid(), name, 4.5m, available, stock, version, DateTimeOffset.UtcNow);
}
