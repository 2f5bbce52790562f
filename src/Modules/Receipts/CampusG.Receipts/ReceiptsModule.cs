using CampusG.Escrow.Contracts;
using CampusG.Hosting;
using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Persistence;
using CampusG.Receipts.Features;
using CampusG.Receipts.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampusG.Receipts;

/// <summary>
/// Receipts (R-RCP in docs/requirements.md): a per-order summary kept from order, payment and escrow events; a receipt
/// version (HTML and PDF) when the order opens and when it ends and its money settles; signed, expiring links to them.
/// </summary>
public sealed class ReceiptsModule : IModule
{
    public string Name => "Receipts";

    public void AddServices(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var section = builder.Configuration.GetSection(ReceiptsOptions.SectionName);
        builder.Services.AddOptions<ReceiptsOptions>().Bind(section);
        builder.Services.AddModuleDatabase<ReceiptsDbContext, ReceiptsPostgresDbContext>(builder.Configuration, "receipts");
        if (string.Equals(section["Store"], ReceiptStores.S3, StringComparison.OrdinalIgnoreCase))
        {
            builder.Services.AddSingleton<IReceiptStore, S3ReceiptStore>();
        }
        else
        {
            builder.Services.AddSingleton<IReceiptStore, FileReceiptStore>();
        }

        builder.Services.AddSingleton<LinkKeyProvider>();
        builder.Services.AddHostedService<LinkKeyWarmUp>();
        builder.Services.AddSingleton<ReceiptLinks>();
        builder.Services.AddSingleton<ReceiptFiles>();
        builder.Services.AddScoped<ReceiptIssuer>();
        builder.Services.AddMessageEndpoint<ReceiptsDbContext>("receipts")
            .Handle<OrderCreated, ReceiptProjection>()
            .Handle<OrderUpdated, ReceiptProjection>()
            .Handle<OrderCancelled, ReceiptProjection>()
            .Handle<OrderCompleted, ReceiptProjection>()
            .Handle<PaymentAuthorized, ReceiptProjection>()
            .Handle<PaymentFailed, ReceiptProjection>()
            .Handle<PaymentReverted, ReceiptProjection>()
            .Handle<PaymentCaptured, ReceiptProjection>()
            .Handle<PaymentRefunded, ReceiptProjection>()
            .Handle<FundsHeld, ReceiptProjection>()
            .Handle<FundsHoldFailed, ReceiptProjection>()
            .Handle<FundsRefunded, ReceiptProjection>()
            .Handle<FundsReleased, ReceiptProjection>()
            .Handle<HoldIncreased, ReceiptProjection>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => ReceiptEndpoints.Map(endpoints);
}
