using CampusG.Escrow.Contracts;
using CampusG.Hosting;
using CampusG.Messaging;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Persistence;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Engine;
using CampusG.Sagas.Features;
using CampusG.Sagas.Persistence;
using CampusG.Timers.Contracts;
using CampusG.Users.Contracts;
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
        builder.Services.AddSingleton<ISagaKind, SagaKind<CreateOrderSaga, CreateOrderState>>();
        builder.Services.AddSingleton<ISagaKind, SagaKind<AcceptOrderSaga, AcceptOrderState>>();
        builder.Services.AddSingleton<ISagaKind, SagaKind<CompleteOrderSaga, CompleteOrderState>>();
        builder.Services.AddSingleton<ISagaKind, SagaKind<CancelOrderSaga, CancelOrderState>>();
        builder.Services.AddHostedService<SagaSweeper>();
        builder.Services.AddMessageEndpoint<SagasDbContext>("sagas")
            .Handle<OrderCreated, CreateOrderSagaHandler>()
            .Handle<PaymentAuthorized, CreateOrderSagaHandler>()
            .Handle<PaymentFailed, CreateOrderSagaHandler>()
            .Handle<FundsHeld, CreateOrderSagaHandler>()
            .Handle<FundsHoldFailed, CreateOrderSagaHandler>()
            .Handle<OrderUpdated, CreateOrderSagaHandler>()
            .Handle<OrderMarkCreatedFailed, CreateOrderSagaHandler>()
            .Handle<OrderAccepted, AcceptOrderSagaHandler>()
            .Handle<OrderAcceptanceCancelled, AcceptOrderSagaHandler>()
            .Handle<TimerStopped, AcceptOrderSagaHandler>()
            .Handle<OrderStatusUpdated, CompleteOrderSagaHandler>()
            .Handle<PaymentReleased, CompleteOrderSagaHandler>()
            .Handle<PaymentReleaseFailed, CompleteOrderSagaHandler>()
            .Handle<FundsReleased, CompleteOrderSagaHandler>()
            .Handle<FundsReleaseRejected, CompleteOrderSagaHandler>()
            .Handle<OrderCompleted, CompleteOrderSagaHandler>()
            .Handle<TimerFired, CancelOrderSagaHandler>()
            .Handle<TimerCancelled, CancelOrderSagaHandler>()
            .Handle<PaymentInfoRetrieved, SharedRepliesHandler>()
            .Handle<PaymentInfoMissing, SharedRepliesHandler>()
            .Handle<TimerStarted, SharedRepliesHandler>()
            .Handle<NotificationSent, SharedRepliesHandler>()
            .Handle<OrderCancelled, SharedRepliesHandler>()
            .Handle<OrderCancelRejected, SharedRepliesHandler>()
            .Handle<PaymentReverted, SharedRepliesHandler>()
            .Handle<FundsRefunded, SharedRepliesHandler>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        ListSagasEndpoint.Map(endpoints);
        RetrySagaEndpoint.Map(endpoints);
    }
}
