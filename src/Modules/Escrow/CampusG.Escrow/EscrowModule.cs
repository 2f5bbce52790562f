using CampusG.Escrow.Contracts;
using CampusG.Escrow.Features;
using CampusG.Escrow.Persistence;
using CampusG.Hosting;
using CampusG.Messaging;
using CampusG.Persistence;
using CampusG.Users.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CampusG.Escrow;

/// <summary>
/// The money ledger: escrow per order (held, released into the payees' earnings, refunded, each once), earnings and
/// payouts per payee, refunds granted on problem reports.
/// </summary>
public sealed class EscrowModule : IModule
{
    public string Name => "Escrow";

    public void AddServices(IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddOptions<EscrowOptions>().Bind(builder.Configuration.GetSection(EscrowOptions.SectionName));
        builder.Services.AddOptions<PayoutOptions>().Bind(builder.Configuration.GetSection(PayoutOptions.SectionName));
        builder.Services.AddModuleDatabase<EscrowDbContext, EscrowPostgresDbContext>(builder.Configuration, "escrow");
        builder.Services.AddScoped<EscrowLedger>();
        builder.Services.AddMessageEndpoint<EscrowDbContext>("escrow")
            .Handle<HoldFunds, HoldFundsHandler>()
            .Handle<RefundFunds, RefundFundsHandler>()
            .Handle<ReleaseFunds, ReleaseFundsHandler>()
            .Handle<ChargeRefund, ChargeRefundHandler>()
            .Handle<IncreaseHold, IncreaseHoldHandler>()
            .Handle<SettlePayout, SettlePayoutHandler>()
            .Handle<PaymentMethodSaved, PaymentMethodSavedHandler>();
    }

    public void MapEndpoints(IEndpointRouteBuilder endpoints)
    {
        // The payment view is served from Tracking's read model; the earnings are the ledger's own.
        var me = endpoints.MapGroup("/v1/users/me").WithTags("Earnings").RequireAuthorization();
        EarningsEndpoint.Map(me);
        RequestPayoutEndpoint.Map(me);
        LedgerCheckEndpoint.Map(endpoints);
    }
}
