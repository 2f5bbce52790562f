using CampusG.Escrow.Contracts;
using CampusG.Escrow.Domain;
using CampusG.Escrow.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Escrow.Features;

/// <summary>The money invariant of one order's escrow, as the ledger sees it.</summary>
/// <param name="Status">The account's status (<see cref="ReleaseFundsHandler.NoAccount"/> without an account).</param>
/// <param name="ExpectedMinor">What the movements must add up to: the amount while HELD, 0 otherwise.</param>
/// <param name="BalanceMinor">What the movements add up to.</param>
/// <param name="Kinds">The movement kinds, oldest first.</param>
internal sealed record LedgerCheck(string Status, long ExpectedMinor, long BalanceMinor, IReadOnlyList<string> Kinds)
{
    public bool IsBalanced => ExpectedMinor == BalanceMinor;
}

/// <summary>
/// Internal query over the ledger: money only moves HOLD then (RELEASE or REFUND), so the movements
/// of a RELEASED or REFUNDED account sum to 0, a HELD account's to +amount, and nothing moved otherwise.
/// </summary>
internal sealed class EscrowLedger(EscrowDbContext db)
{
    public async Task<LedgerCheck> CheckAsync(Guid orderId, CancellationToken cancellationToken = default)
    {
        var account = await db.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.OrderId == orderId, cancellationToken);
        var movements = await db.Ledger.AsNoTracking()
            .Where(m => m.Account == LedgerAccounts.Escrow && m.AccountId == orderId).OrderBy(m => m.Id).Select(m => new { m.Kind, m.AmountMinor })
            .ToListAsync(cancellationToken);
        var status = account?.Status ?? ReleaseFundsHandler.NoAccount;
        var expected = status == EscrowStatuses.Held ? account!.AmountMinor : 0L;
        return new LedgerCheck(status, expected, movements.Sum(m => m.AmountMinor), [.. movements.Select(m => m.Kind)]);
    }
}
