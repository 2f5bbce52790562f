using CampusG.Escrow.Contracts;
using CampusG.Escrow.Features;
using CampusG.Escrow.Persistence;
using CampusG.Hosting;
using CampusG.Messaging;
using CampusG.Persistence;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampusG.Escrow;

/// <summary>Escrow accounts per order: held, released to the runner, refunded to the customer, each once.</summary>
public sealed class EscrowModule : IModule
{
    public string Name => "Escrow";

    public void AddServices(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<EscrowOptions>().Bind(builder.Configuration.GetSection(EscrowOptions.SectionName));
        builder.Services.AddModuleDatabase<EscrowDbContext, EscrowPostgresDbContext>(builder.Configuration, "escrow");
        builder.Services.AddScoped<EscrowLedger>();
        builder.Services.AddMessageEndpoint<EscrowDbContext>("escrow")
            .Handle<HoldFunds, HoldFundsHandler>()
            .Handle<RefundFunds, RefundFundsHandler>()
            .Handle<ReleaseFunds, ReleaseFundsHandler>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // Escrow has no public routes: the payment view is served from Tracking's read model.
    }
}
