using CampusG.Escrow.Domain;
using CampusG.Escrow.Features;
using CampusG.Escrow.Persistence;
using CampusG.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Escrow.Tests;

/// <summary>A real host with only the Escrow module and a message probe, plus ledger look-ups.</summary>
internal static class EscrowTestHost
{
    public static Task<CampusGHost> StartAsync(params (string Key, string Value)[] settings)
    {
        var options = new CampusGHostOptions { ConfigureServices = b => b.AddMessageProbe() };
        options.Configuration["CampusG:Modules"] = "Escrow";
        foreach (var (key, value) in settings)
        {
            options.Configuration[key] = value;
        }

        return CampusGHost.StartAsync(options);
    }

    /// <summary>The order's escrow account in the ledger: its entries' amounts, oldest first.</summary>
    public static async Task<List<long>> MovementsAsync(CampusGHost host, Guid orderId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EscrowDbContext>().Ledger
            .Where(m => m.Account == LedgerAccounts.Escrow && m.AccountId == orderId).OrderBy(m => m.Id).Select(m => m.AmountMinor).ToListAsync();
    }

    /// <summary>Every ledger entry of the host, to check that each transaction sums to zero.</summary>
    public static async Task<List<LedgerEntry>> LedgerEntriesAsync(CampusGHost host)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EscrowDbContext>().Ledger.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public static async Task<LedgerCheck> LedgerAsync(CampusGHost host, Guid orderId)
    {
        await using var scope = host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EscrowLedger>().CheckAsync(orderId);
    }
}
