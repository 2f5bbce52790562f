using CampusG.Hosting;
using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Persistence;
using CampusG.Riders.Features;
using CampusG.Riders.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampusG.Riders;

/// <summary>
/// Riders: who is available to deliver and where, their live position while delivering (one point, erased after
/// delivery), the dispatcher that assigns menu orders to riders, and each order's tracking view with its ETA.
/// </summary>
public sealed class RidersModule : IModule
{
    public string Name => "Riders";

    public void AddServices(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<RidersOptions>().Bind(builder.Configuration.GetSection(RidersOptions.SectionName));
        builder.Services.AddModuleDatabase<RidersDbContext, RidersPostgresDbContext>(builder.Configuration, "riders");
        builder.Services.AddScoped<DeliveryBook>();
        builder.Services.AddScoped<Dispatcher>();
        builder.Services.AddMessageEndpoint<RidersDbContext>("riders")
            .Handle<OrderCreated, OrderProgressHandlers>()
            .Handle<OrderUpdated, OrderProgressHandlers>()
            .Handle<OrderReady, OrderProgressHandlers>()
            .Handle<OrderCompleted, OrderProgressHandlers>()
            .Handle<OrderRestaurantAccepted, DispatchHandlers>()
            .Handle<OrderAccepted, DispatchHandlers>()
            .Handle<OrderAcceptanceCancelled, DispatchHandlers>()
            .Handle<OrderStatusUpdated, DispatchHandlers>()
            .Handle<OrderCancelled, DispatchHandlers>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var riders = endpoints.MapGroup("/v1/riders").WithTags("Riders").RequireAuthorization();
        AvailabilityEndpoints.Map(riders);
        LocationEndpoint.Map(riders);
        TrackingEndpoint.Map(endpoints);
    }
}
