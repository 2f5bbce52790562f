using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using CampusG.Inventory.Contracts;
using CampusG.Restaurants.Contracts;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.PostgreSql.Tests;

/// <summary>
/// Two Inventory processes on one PostgreSQL database (read committed, no write gate): the conditional stock update
/// reserves the last unit exactly once whichever process handles which order.
/// </summary>
public sealed class InventoryRaceTests : IAsyncLifetime
{
    private const int OrdersPerHost = 8;

    private readonly TestDatabases _databases = new();

    private readonly List<CampusGHost> _hosts = [];

    public async Task InitializeAsync()
    {
        // One message per transaction, so the two processes' transactions interleave as much as they can.
        (string, string)[] settings = [("Messaging:ConsumerBatchSize", "1")];
        _hosts.Add(await PostgresHost.StartAsync(_databases, "Inventory", settings));
        // The second process records what it sees in a probe database of its own (the first one's relay would publish its rows).
        _hosts.Add(await PostgresHost.StartAsync(_databases, "Inventory", [.. settings, ("ConnectionStrings:probe", _databases.ConnectionString("probe2"))]));
    }

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _databases.DisposeAsync();
    }

    [Fact]
    public async Task SixteenOrdersForTheLastUnit_OnTwoProcesses_ReserveItExactlyOnce()
    {
        var owner = Guid.NewGuid();
        var item = new MenuItemChanged(Guid.NewGuid(), Guid.NewGuid(), owner, "Kaya toast", 2.20m, true, 1, 1, DateTimeOffset.UtcNow);
        await Probe(0).SendAsync(item, item.RestaurantId.ToString());
        await Eventually.TrueAsync(() => Task.FromResult(Seen<StockChanged>(c => c.ItemId == item.ItemId).Count > 0), what: "the item tracked");
        var orders = _hosts.Select(_ => Enumerable.Range(0, OrdersPerHost).Select(_ => Guid.NewGuid()).ToList()).ToList();
        var all = orders.SelectMany(ids => ids).ToHashSet();

        await Task.WhenAll(orders.SelectMany((ids, host) => ids.Select(id =>
            Probe(host).SendAsync(new ReserveStock(id, [new StockLine(item.ItemId, 1)]), id.ToString()))));

        await Eventually.TrueAsync(
            () => Task.FromResult(Seen<StockReserved>(r => all.Contains(r.OrderId)).Select(r => r.OrderId)
                .Concat(Seen<StockReservationFailed>(f => all.Contains(f.OrderId)).Select(f => f.OrderId)).Distinct().Count() == all.Count),
            TimeSpan.FromSeconds(60),
            "a reply to each of the 16 orders");
        var winner = Assert.Single(Seen<StockReserved>(r => all.Contains(r.OrderId)).Select(r => r.OrderId).Distinct());
        Assert.All(Seen<StockReservationFailed>(f => all.Contains(f.OrderId)), f => Assert.Equal(StockFailureReasons.OutOfStock, f.Reason));
        Assert.Equal(0, await CountAsync(item.ItemId));
        Assert.Equal(1L, await _databases.ScalarAsync<long>("inventory", """SELECT count(*) FROM reservations WHERE "Status" = 'RESERVED'"""));

        await Probe(1).SendAsync(new ReleaseStock(winner, "test"), winner.ToString());
        await Eventually.TrueAsync(() => Task.FromResult(Seen<StockReleased>(r => r.OrderId == winner).Count > 0), what: "the winner's release");
        Assert.Equal(1, await CountAsync(item.ItemId));
        Assert.Equal(3, await AdjustAsync(owner, item.ItemId, 2));
    }

    [Fact]
    public async Task TheDatabase_RefusesACountBelowZero()
    {
        var item = new MenuItemChanged(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), "Teh tarik", 1.80m, true, 1, 1, DateTimeOffset.UtcNow);
        await Probe(0).SendAsync(item, item.RestaurantId.ToString());
        await Eventually.TrueAsync(() => Task.FromResult(Seen<StockChanged>(c => c.ItemId == item.ItemId).Count > 0), what: "the item tracked");

        var refused = await Assert.ThrowsAsync<Npgsql.PostgresException>(() =>
            _databases.ExecuteAsync("inventory", """UPDATE stock_items SET "Count" = "Count" - 2 WHERE "ItemId" = $1""", item.ItemId));

        Assert.Equal("ck_stock_items_count", refused.ConstraintName);
        Assert.Equal(1, await CountAsync(item.ItemId));
    }

    private MessageProbe Probe(int host) => _hosts[host].Services.GetRequiredService<MessageProbe>();

    /// <summary>
    /// What either probe saw: both processes relay the one outbox, so a reply reaches the probe of whichever process
    /// published it (sometimes both).
    /// </summary>
    private List<T> Seen<T>(Func<T, bool> match)
        where T : class =>
        [.. Enumerable.Range(0, _hosts.Count).SelectMany(host => Probe(host).All<T>()).Where(match)];

    private async Task<int> CountAsync(Guid itemId) =>
        await _databases.ScalarAsync<int>("inventory", """SELECT "Count" FROM stock_items WHERE "ItemId" = $1""", itemId);

    /// <summary>The owner's adjust through the second process's route; returns the stock it reports.</summary>
    private async Task<int?> AdjustAsync(Guid owner, Guid itemId, int delta)
    {
        var host = _hosts[1];
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v1/products/{itemId}/adjust", UriKind.Relative))
        {
            Headers = { Authorization = new AuthenticationHeaderValue("Bearer", host.TokenFor(owner)) },
            Content = JsonContent.Create(new { delta }),
        };
        using var response = await host.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<AvailabilityAnswer>())!.AvailableCount;
    }

    private sealed record AvailabilityAnswer(Guid ItemId, bool Available, int? AvailableCount);
}
