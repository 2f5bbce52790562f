using System.Data.Common;
using CampusG.Inventory.Contracts;
using CampusG.Inventory.Persistence;
using CampusG.Messaging.DeadLetters;
using CampusG.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Inventory.Tests;

/// <summary>A reserve that failed into a dead letter and was replayed, and the failure drill.</summary>
public sealed class ReserveFailureTests
{
    [Fact]
    public async Task ADeadLetteredReserve_Replayed_ChangesTheStockOnce()
    {
        var outage = new StockUpdateOutage();
        await using var host = await InventoryHost.StartAsync(
            b => b.Services.ConfigureDbContext<InventoryDbContext>((_, o) => o.AddInterceptors(outage)), ("Messaging:MaxAttempts", "1"));
        var item = await host.AddItemAsync(stock: 5);
        var (replayedFirst, resentFirst) = (Guid.NewGuid(), Guid.NewGuid());

        outage.On = true;
        await host.SendAsync(InventoryHost.Reserve(replayedFirst, (item.ItemId, 1)), replayedFirst);
        await host.SendAsync(InventoryHost.Reserve(resentFirst, (item.ItemId, 2)), resentFirst);
        var letters = await Eventually.UntilAsync(() => DeadLettersAsync(host), l => l.Count == 2, what: "two dead-lettered reserves");
        outage.On = false;
        Assert.Equal(5, await host.CountAsync(item.ItemId));

        // The saga re-sends one order's command before the operator replays both.
        await host.SendAsync(InventoryHost.Reserve(resentFirst, (item.ItemId, 2)), resentFirst);
        await host.Probe().WaitForAsync<StockReserved>(r => r.OrderId == resentFirst);
        var admin = host.Services.GetRequiredService<DeadLetterAdmin>();
        foreach (var letter in letters)
        {
            Assert.Equal(ReplayResult.Accepted, await admin.ReplayAsync(letter.Id, CancellationToken.None));
        }

        await host.Probe().WaitForCountAsync<StockReserved>(2, r => r.OrderId == resentFirst);
        await host.Probe().WaitForAsync<StockReserved>(r => r.OrderId == replayedFirst);
        Assert.Equal(2, await host.CountAsync(item.ItemId));
    }

    [Fact]
    public async Task TheFailureDrill_RefusesEveryReservation()
    {
        await using var host = await InventoryHost.StartAsync(("Faults:inventory.reserve", "true"));
        var (item, orderId) = (await host.AddItemAsync(stock: 5), Guid.NewGuid());

        await host.SendAsync(InventoryHost.Reserve(orderId, (item.ItemId, 1)), orderId);

        var failed = await host.Probe().WaitForAsync<StockReservationFailed>(r => r.OrderId == orderId);
        Assert.Equal(StockFailureReasons.OutOfStock, failed.Reason);
        Assert.Equal([new StockShortfall(item.ItemId, 1, 0)], failed.FailedItems);
        Assert.Equal(5, await host.CountAsync(item.ItemId));
    }

    private static async Task<List<DeadLetterView>> DeadLettersAsync(CampusGHost host) =>
        [.. (await host.Services.GetRequiredService<DeadLetterAdmin>().ListAsync(100, CancellationToken.None)).Where(d => d.Type == "inventory.reserve")];

    /// <summary>While on, every reservation's stock update fails, as if the database refused it.</summary>
    private sealed class StockUpdateOutage : DbCommandInterceptor
    {
        public bool On { get; set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default) =>
            On && command.CommandText.Contains("\"Count\" - ", StringComparison.Ordinal)
                ? throw new InvalidOperationException("The stock update failed (test outage).")
                : ValueTask.FromResult(result);
    }
}
