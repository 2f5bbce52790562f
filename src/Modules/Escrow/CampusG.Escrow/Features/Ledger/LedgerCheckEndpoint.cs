using CampusG.Auth;
using CampusG.Escrow.Domain;
using CampusG.Escrow.Persistence;
using CampusG.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Escrow.Features;

/// <param name="Transactions">How many ledger transactions there are.</param>
/// <param name="Unbalanced">Transactions whose entries do not sum to zero (must be empty).</param>
/// <param name="Orders">How many orders have an escrow account.</param>
/// <param name="NotConserved">
/// Orders for which what came in (hold and boosts) is not what is still held plus what went out (released to payees,
/// refunded), i.e. the escrow account's entries do not sum to the amount of a HELD account or to zero otherwise (must be empty).
/// </param>
internal sealed record LedgerCheckView(int Transactions, IReadOnlyList<string> Unbalanced, int Orders, IReadOnlyList<Guid> NotConserved);

/// <summary>
/// <c>GET /v1/admin/ledger/check</c> (operators): the ledger's two invariants over everything in it, computed with
/// set-based queries over one snapshot — every transaction sums to zero, and every order's money is conserved.
/// </summary>
internal static class LedgerCheckEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/v1/admin/ledger/check", HandleAsync)
            .WithTags("Operations")
            .WithName("CheckLedger")
            .WithSummary("Every ledger transaction sums to zero and every order's money is conserved.")
            .RequireAuthorization(CampusGClaims.AdminPolicy);

    private static async Task<Ok<LedgerCheckView>> HandleAsync(EscrowDbContext db, CancellationToken cancellationToken)
    {
        // One snapshot for all three queries: a release committing between them must not look like lost money.
        await using var snapshot = await SnapshotRead.BeginAsync(db, cancellationToken);
        var transactions = await db.Ledger.Select(e => e.TransactionId).Distinct().CountAsync(cancellationToken);
        var unbalanced = await db.Ledger
            .GroupBy(e => e.TransactionId).Where(g => g.Sum(e => e.AmountMinor) != 0).Select(g => g.Key)
            .ToListAsync(cancellationToken);
        var orders = await db.Accounts.CountAsync(cancellationToken);
        var notConserved = await db.Accounts
            .Where(a => db.Ledger.Where(e => e.Account == LedgerAccounts.Escrow && e.AccountId == a.OrderId).Sum(e => e.AmountMinor)
                != (a.Status == Contracts.EscrowStatuses.Held ? a.AmountMinor : 0))
            .Select(a => a.OrderId)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new LedgerCheckView(transactions, unbalanced, orders, notConserved));
    }
}
