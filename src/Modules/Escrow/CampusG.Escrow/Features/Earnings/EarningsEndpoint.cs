using System.Security.Claims;
using CampusG.Auth;
using CampusG.Escrow.Contracts;
using CampusG.Escrow.Domain;
using CampusG.Escrow.Persistence;
using CampusG.Messaging;
using CampusG.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Escrow.Features;

/// <summary>One order's contribution to the caller's earnings: a release (positive) or a refund charged to them (negative).</summary>
internal sealed record EarningsItem(Guid OrderId, string Party, decimal Amount, DateTime At);

internal sealed record PayoutView(Guid PayoutId, decimal Amount, string Status, DateTime RequestedAt, DateTime? PaidAt, string? FailureReason)
{
    public static PayoutView From(Payout p) =>
        new(p.Id, Money.FromMinor(p.AmountMinor), p.Status, p.RequestedAt, p.Status == PayoutStatuses.Paid ? p.SettledAt : null, p.FailureReason);
}

/// <param name="PayoutMethodSaved">Whether payouts can go to a saved card now (cash-out answers 409 NO_PAYOUT_METHOD otherwise).</param>
internal sealed record EarningsView(
    decimal Balance, decimal PaidOut, IReadOnlyList<EarningsItem> Items, IReadOnlyList<PayoutView> Payouts, bool PayoutMethodSaved);

/// <summary>
/// <c>GET /v1/users/me/earnings</c>: the caller's balance and what was paid out, both sums of ledger entries; the last
/// 100 order items and the last 50 payouts, newest first.
/// </summary>
internal static class EarningsEndpoint
{
    public const int MaxItems = 100;
    public const int MaxPayouts = 50;

    public static void Map(RouteGroupBuilder me) =>
        me.MapGet("/earnings", HandleAsync).WithName("GetEarnings").WithSummary("The caller's earnings, balance and payouts.");

    private static async Task<Ok<EarningsView>> HandleAsync(ClaimsPrincipal user, EscrowDbContext db, TimeProvider time, CancellationToken cancellationToken)
    {
        var userId = user.UserId();

        // One snapshot for all four reads: a payout settling between them must not show PAID with nothing paid out.
        await using var snapshot = await SnapshotRead.BeginAsync(db, cancellationToken);
        var sums = await db.Ledger.AsNoTracking()
            .Where(e => e.AccountId == userId && (e.Account == LedgerAccounts.Earnings || e.Account == LedgerAccounts.PaidOut))
            .GroupBy(e => e.Account).Select(g => new { Account = g.Key, Sum = g.Sum(e => e.AmountMinor) })
            .ToListAsync(cancellationToken);
        var items = await db.Ledger.AsNoTracking()
            .Where(e => e.Account == LedgerAccounts.Earnings && e.AccountId == userId && e.OrderId != null)
            .OrderByDescending(e => e.Id).Take(MaxItems)
            .Select(e => new EarningsItem(e.OrderId!.Value, e.Party ?? "", Money.FromMinor(e.AmountMinor), e.At))
            .ToListAsync(cancellationToken);
        var payouts = await db.Payouts.AsNoTracking()
            .Where(p => p.UserId == userId).OrderByDescending(p => p.RequestedAt).Take(MaxPayouts)
            .ToListAsync(cancellationToken);
        var payee = await db.Payees.AsNoTracking().SingleOrDefaultAsync(p => p.UserId == userId, cancellationToken);
        long Sum(string account) => sums.SingleOrDefault(s => s.Account == account)?.Sum ?? 0;
        return TypedResults.Ok(new EarningsView(
            Money.FromMinor(Sum(LedgerAccounts.Earnings)), Money.FromMinor(Sum(LedgerAccounts.PaidOut)), items, [.. payouts.Select(PayoutView.From)],
            payee?.CanBePaidOut(time.GetUtcNow().UtcDateTime) == true));
    }
}
