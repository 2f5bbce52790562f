using CampusG.Hosting;
using CampusG.Inventory.Contracts;
using CampusG.Messaging;
using CampusG.Persistence;
using CampusG.Restaurants.Features;
using CampusG.Restaurants.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampusG.Restaurants;

/// <summary>
/// Restaurants and their menus (R-REST-1, R-REST-2 in docs/requirements.md): owners open and change them, everyone
/// signed in reads them; every change goes out as a snapshot (<c>restaurant.changed</c>, <c>menuItem.changed</c>), and
/// the stock left follows Inventory's <c>inventory.stockChanged</c>.
/// </summary>
public sealed class RestaurantsModule : IModule
{
    public string Name => "Restaurants";

    public void AddServices(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddModuleDatabase<RestaurantsDbContext, RestaurantsPostgresDbContext>(builder.Configuration, "restaurants");
        builder.Services.AddMessageEndpoint<RestaurantsDbContext>("restaurants")
            .Handle<StockChanged, StockChangedHandler>();
        builder.Services.AddScoped<RestaurantChanges>();
    }

    /// <summary>
    /// Only the module's own paths: <c>/v1/restaurants/{id}/orders…</c> are Orders' (no catch-all here, so in one
    /// process neither module's routes shadow the other's).
    /// </summary>
    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var restaurants = endpoints.MapGroup("/v1/restaurants").WithTags("Restaurants").RequireAuthorization();
        OpenRestaurantEndpoint.Map(restaurants);
        ListRestaurantsEndpoint.Map(restaurants);
        GetRestaurantEndpoint.Map(restaurants);
        UpdateRestaurantEndpoint.Map(restaurants);
        AddMenuItemEndpoint.Map(restaurants);
        UpdateMenuItemEndpoint.Map(restaurants);
    }
}
