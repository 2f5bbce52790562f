using CampusG.Escrow.Contracts;
using CampusG.Hosting;
using CampusG.Inventory.Contracts;
using CampusG.Messaging;
using CampusG.Messaging.Privacy;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Persistence;
using CampusG.Receipts.Contracts;
using CampusG.Restaurants.Contracts;
using CampusG.Riders.Contracts;
using CampusG.Tracking.Features;
using CampusG.Timers.Contracts;
using CampusG.Tracking.Persistence;
using CampusG.Users.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampusG.Tracking;

/// <summary>
/// The event log of every message (R-TRK-1 in docs/requirements.md) and the order read model with its
/// timeline and payment view (the Order Query Service).
/// </summary>
public sealed class TrackingModule : IModule
{
    public string Name => "Tracking";

    public void AddServices(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddModuleDatabase<TrackingDbContext, TrackingPostgresDbContext>(builder.Configuration, "tracking");
        builder.Services.AddSingleton(Vocabulary);
        // The projections run before the recorder: a message handled alone commits each handler on its own,
        // so once a message is in the log, the read model already shows it.
        builder.Services.AddMessageEndpoint<TrackingDbContext>("tracking")
            .Handle<OrderCreated, OrderViewProjection>()
            .Handle<OrderUpdated, OrderViewProjection>()
            .Handle<OrderCancelled, OrderViewProjection>()
            .Handle<PaymentAuthorized, OrderViewProjection>()
            .Handle<PaymentFailed, OrderViewProjection>()
            .Handle<PaymentReverted, OrderViewProjection>()
            .Handle<FundsHeld, OrderViewProjection>()
            .Handle<FundsHoldFailed, OrderViewProjection>()
            .Handle<FundsRefunded, OrderViewProjection>()
            .Handle<OrderAccepted, OrderViewProjection>()
            .Handle<OrderAcceptanceCancelled, OrderViewProjection>()
            .Handle<OrderStatusUpdated, OrderViewProjection>()
            .Handle<OrderCompleted, OrderViewProjection>()
            .Handle<PaymentCaptured, OrderViewProjection>()
            .Handle<HoldIncreased, OrderViewProjection>()
            .Handle<PaymentRefunded, OrderViewProjection>()
            .Handle<FundsReleased, OrderViewProjection>()
            .HandleAll<EventRecorder>("#");
    }

    /// <summary>
    /// Every message type the log may record, so it knows which fields to leave out; one type per contracts
    /// assembly (an architecture test checks that every module's contracts are here).
    /// </summary>
    internal static MessageCatalog Vocabulary { get; } = MessageCatalog.FromAssembliesOf(
        typeof(OrderCreated), typeof(PaymentAuthorized), typeof(FundsHeld), typeof(TimerStarted), typeof(NotificationSent), typeof(PaymentInfoRetrieved),
        typeof(StockReserved), typeof(RestaurantChanged), typeof(RiderAssigned), typeof(ReceiptIssued));

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => OrderQueryEndpoints.Map(endpoints);
}
