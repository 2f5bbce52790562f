using CampusG.Escrow.Contracts;
using CampusG.Hosting;
using CampusG.Messaging;
using CampusG.PaymentGateway;
using CampusG.Payments.Contracts;
using CampusG.Payments.Features;
using CampusG.Payments.Persistence;
using CampusG.Payments.Telemetry;
using CampusG.Persistence;
using CampusG.Timers.Contracts;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampusG.Payments;

/// <summary>
/// Payment records per order: authorized through the payment gateway once (transient failures
/// retried on durable timers), moved into escrow, voided once when the order is compensated, or
/// captured once when it is delivered; partial refunds, delivery-fee boosts and payouts of earnings, each once.
/// </summary>
public sealed class PaymentsModule : IModule
{
    public string Name => "Payments";

    public void AddServices(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<PaymentsOptions>()
            .Bind(builder.Configuration.GetSection(PaymentsOptions.SectionName))
            .Validate(o => o.IsValid(), "Payments:RetrySchedule must be comma-separated, non-negative TimeSpans (e.g. 00:00:01,00:00:02).")
            .ValidateOnStart();
        builder.Services.AddPaymentGateway();
        builder.Services.AddScoped<PaymentAuthorizer>();
        builder.Services.AddScoped<PayoutSender>();
        builder.Services.AddSingleton<PaymentsMetrics>();
        builder.Services.AddModuleDatabase<PaymentsDbContext, PaymentsPostgresDbContext>(builder.Configuration, "payments");
        builder.Services.AddMessageEndpoint<PaymentsDbContext>("payments")
            .Handle<AuthorizePayment, AuthorizePaymentHandler>()
            .Handle<TimerFired, RetryPaymentHandler>()
            .Handle<FundsHeld, FundsHeldHandler>()
            .Handle<RevertPayment, RevertPaymentHandler>()
            .Handle<CapturePayment, CapturePaymentHandler>()
            .Handle<RefundPayment, RefundPaymentHandler>()
            .Handle<IncreaseAuthorization, IncreaseAuthorizationHandler>()
            .Handle<PayOut, PayOutHandler>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Payments has no public routes: GET /v1/orders/{id}/payment is served from Tracking's read model.
    }
}
