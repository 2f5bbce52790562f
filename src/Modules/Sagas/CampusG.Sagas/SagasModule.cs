using CampusG.Hosting;
using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Persistence;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Engine;
using CampusG.Sagas.Features;
using CampusG.Sagas.Persistence;
using CampusG.Sagas.Telemetry;
using CampusG.Timers.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampusG.Sagas;

/// <summary>The saga orchestrators: persisted instances with step logs, driven by other modules' replies and step deadlines.</summary>
public sealed class SagasModule : IModule
{
    public string Name => "Sagas";

    public void AddServices(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<SagasOptions>().Bind(builder.Configuration.GetSection(SagasOptions.SectionName));
        builder.Services.AddModuleDatabase<SagasDbContext, SagasPostgresDbContext>(builder.Configuration, "sagas");
        builder.Services.AddScoped<SagaRunner>();
        builder.Services.AddHostedService<SagaSweeper>();
        builder.Services.AddHostedService<SagaGauges>();
        // Handlers that are not a saga's steps come first, so what they send leaves before the sagas' commands.
        var endpoint = builder.Services.AddMessageEndpoint<SagasDbContext>("sagas")
            .Handle<OrderStatusUpdated, StatusNotificationHandler>()
            .Handle<TimerFired, CancelOrderStarter>()
            .Handle<TimerFired, DeliveryDeadlineHandler>()
            .Handle<OrderCancelled, CancelOrderStarter>();
        new SagaRegistration(endpoint, builder.Services)
            .Add<CreateOrderSaga, CreateOrderState>()
            .Add<AcceptOrderSaga, AcceptOrderState>()
            .Add<CompleteOrderSaga, CompleteOrderState>()
            .Add<CancelOrderSaga, CancelOrderState>()
            .Add<PayoutSaga, PayoutState>()
            .Add<RefundIssueSaga, RefundIssueState>()
            .Add<RaiseDeliveryFeeSaga, RaiseDeliveryFeeState>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ListSagasEndpoint.Map(endpoints);
    }
}
