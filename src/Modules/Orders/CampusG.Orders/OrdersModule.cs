using CampusG.Hosting;
using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Restaurants.Contracts;
using CampusG.Riders.Contracts;
using CampusG.Orders.Features;
using CampusG.Orders.Persistence;
using CampusG.Orders.ReadCache;
using CampusG.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampusG.Orders;

/// <summary>Orders: the order records, the single arbiter of their status, idempotent creation, the order lifecycle (accept, proofs, status, cancel, retry, reviews), problem reports and their resolution, delivery-fee boosts and the order queries.</summary>
public sealed class OrdersModule : IModule
{
    public string Name => "Orders";

    public void AddServices(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<OrdersOptions>().Bind(builder.Configuration.GetSection(OrdersOptions.SectionName));
        builder.Services.AddModuleDatabase<OrdersDbContext, OrdersPostgresDbContext>(builder.Configuration, "orders");
        builder.Services.AddOrderReadCache(builder.Configuration);
        builder.Services.AddMessageEndpoint<OrdersDbContext>("orders")
            .Handle<MarkOrderCreated, MarkOrderCreatedHandler>()
            .Handle<CancelOrder, CancelOrderHandler>()
            .Handle<CompleteOrder, CompleteOrderHandler>()
            .Handle<RevertDeliveryFee, RevertDeliveryFeeHandler>()
            .Handle<RiderAssigned, RiderAssignedHandler>()
            .Handle<RiderEtaChanged, RiderEtaChangedHandler>()
            .Handle<EnforceDeliveryDeadline, EnforceDeliveryDeadlineHandler>()
            .Handle<RestaurantChanged, RestaurantCopyHandler>()
            .Handle<MenuItemChanged, MenuItemCopyHandler>();
        builder.Services.AddScoped<OrderPlacement>();
        builder.Services.AddSingleton<OrderBacklog>();
        builder.Services.AddScoped<MenuPricing>();
        builder.Services.AddScoped<RunnerReports>();
        builder.Services.AddScoped<OrderChangeTransaction>();
        builder.Services.AddSingleton<ProofStore>();
        builder.Services.AddSingleton<OrdersMetrics>();
        builder.Services.AddScoped<ProofRecorder>();
        builder.Services.AddSingleton<IdempotencyCleanup>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<IdempotencyCleanup>());
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        var orders = endpoints.MapGroup("/v1/orders").WithTags("Orders").RequireAuthorization();
        CreateOrderEndpoint.Map(orders);
        GetOrderEndpoint.Map(orders);
        ListOrdersEndpoint.Map(orders);
        AvailableOrdersEndpoint.Map(orders);
        AcceptOrderEndpoint.Map(orders);
        CancelAcceptanceEndpoint.Map(orders);
        ProofEndpoints.Map(orders);
        UpdateStatusEndpoint.Map(orders);
        CustomerCancelEndpoint.Map(orders);
        RetryOrderEndpoint.Map(orders);
        ReviewOrderEndpoint.Map(orders);
        ReportIssueEndpoint.Map(orders);
        OrderIssuesEndpoint.Map(orders);
        RaiseDeliveryFeeEndpoint.Map(orders);
        var restaurants = endpoints.MapGroup("/v1/restaurants").WithTags("Restaurant orders").RequireAuthorization();
        RestaurantOrdersEndpoint.Map(restaurants);
        RestaurantDecisionEndpoint.Map(restaurants);
        MarkReadyEndpoint.Map(restaurants);
        RiderUpdateEndpoint.Map(endpoints);
        AdminIssuesEndpoint.Map(endpoints);
        ResolveIssueEndpoint.Map(endpoints);
        OperatorCancelEndpoint.Map(endpoints);
        OverdueOrdersEndpoint.Map(endpoints);
    }
}
