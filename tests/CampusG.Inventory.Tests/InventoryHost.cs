using CampusG.Inventory.Contracts;
using CampusG.Inventory.Domain;
using CampusG.Inventory.Persistence;
using CampusG.Restaurants.Contracts;
using CampusG.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Inventory.Tests;

/// <summary>A real host running only Inventory and a message probe that plays Restaurants and the sagas.</summary>
internal static class InventoryHost
{
    public static Task<CampusGHost> StartAsync(params (string Key, string Value)[] settings) => StartAsync(null, settings);

    public static Task<CampusGHost> StartAsync(Action<Microsoft.AspNetCore.Builder.WebApplicationBuilder>? services, params (string Key, string Value)[] settings)
    {
        var options = new CampusGHostOptions
        {
            ConfigureServices = b =>
            {
                b.AddMessageProbe();
                services?.Invoke(b);
            },
        };
        options.Configuration["CampusG:Modules"] = "Inventory";
        foreach (var (key, value) in settings)
        {
            options.Configuration[key] = value;
        }

        return CampusGHost.StartAsync(options);
    }

    public static MessageProbe Probe(this CampusGHost host) => host.Services.GetRequiredService<MessageProbe>();

    /// <summary>Publishes a menu item's version 1 as Restaurants would and waits until Inventory tracks it.</summary>
    public static async Task<MenuItemChanged> AddItemAsync(this CampusGHost host, int? stock, Guid? ownerId = null, bool available = true)
    {
        var item = new MenuItemChanged(
            Guid.NewGuid(), Guid.NewGuid(), ownerId ?? Guid.NewGuid(), "Chicken rice", 4.50m, available, stock, 1, DateTimeOffset.UtcNow);
        await host.PublishAsync(item);
        await host.Probe().WaitForAsync<StockChanged>(c => c.ItemId == item.ItemId);
        return item;
    }

    public static Task PublishAsync(this CampusGHost host, MenuItemChanged snapshot) =>
        host.Probe().SendAsync(snapshot, snapshot.RestaurantId.ToString());

    public static Task SendAsync<TCommand>(this CampusGHost host, TCommand command, Guid orderId)
        where TCommand : class => host.Probe().SendAsync(command, orderId.ToString());

    public static async Task<StockItem?> ItemAsync(this CampusGHost host, Guid itemId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<InventoryDbContext>().Items.AsNoTracking().SingleOrDefaultAsync(i => i.ItemId == itemId);
    }

    public static async Task<int?> CountAsync(this CampusGHost host, Guid itemId) => (await host.ItemAsync(itemId))?.Count;

    /// <summary>The <c>inventory.stockChanged</c> the probe saw for the item, oldest first.</summary>
    public static List<StockChanged> Changes(this CampusGHost host, Guid itemId) =>
        [.. host.Probe().All<StockChanged>().Where(c => c.ItemId == itemId)];

    public static ReserveStock Reserve(Guid orderId, params (Guid ItemId, int Quantity)[] lines) =>
        new(orderId, [.. lines.Select(l => new StockLine(l.ItemId, l.Quantity))]);
}
