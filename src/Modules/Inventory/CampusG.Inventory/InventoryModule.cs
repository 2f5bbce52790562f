using CampusG.Inventory.Cache;
using CampusG.Inventory.Contracts;
using CampusG.Inventory.Features;
using CampusG.Inventory.Persistence;
using CampusG.Hosting;
using CampusG.Messaging;
using CampusG.Persistence;
using CampusG.Restaurants.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampusG.Inventory;

/// <summary>
/// Stock per menu item (tracked from <c>menuItem.changed</c>), reservations for orders, all or nothing and once per
/// order, the owner's adjustments, and the availability routes (decision 023).
/// </summary>
public sealed class InventoryModule : IModule
{
    public string Name => "Inventory";

    public void AddServices(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddModuleDatabase<InventoryDbContext, InventoryPostgresDbContext>(builder.Configuration, "inventory");
        builder.Services.AddAvailabilityCache(builder.Configuration);
        builder.Services.AddScoped<AvailabilityReader>();
        builder.Services.AddMessageEndpoint<InventoryDbContext>("inventory")
            .Handle<MenuItemChanged, MenuItemChangedHandler>()
            .Handle<ReserveStock, ReserveStockHandler>()
            .Handle<ReleaseStock, ReleaseStockHandler>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var products = endpoints.MapGroup("/v1/products").WithTags("Stock").RequireAuthorization();
        AdjustStockEndpoint.Map(products);
        AvailabilityEndpoints.Map(products);
    }
}
