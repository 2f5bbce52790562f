using CampusG.Escrow.Contracts;
using CampusG.Escrow.Domain;
using CampusG.Escrow.Persistence;
using CampusG.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Escrow.Features;

/// <summary>Reads and writes the ledger for the module's handlers and endpoints, on their context and transaction.</summary>
internal static class LedgerBook
{
    public static Task<bool> HasAsync(EscrowDbContext db, string transactionId, CancellationToken cancellationToken) =>
        db.Ledger.AnyAsync(e => e.TransactionId == transactionId, cancellationToken);

    /// <summary>A payee's balance: the sum of their earnings entries, those added on <paramref name="db"/> and not saved yet included.</summary>
    public static async Task<long> BalanceAsync(EscrowDbContext db, Guid userId, CancellationToken cancellationToken)
    {
        var saved = await db.Ledger.Where(e => e.Account == LedgerAccounts.Earnings && e.AccountId == userId).SumAsync(e => e.AmountMinor, cancellationToken);
        var unsaved = db.ChangeTracker.Entries<LedgerEntry>()
            .Where(e => e.State == EntityState.Added && e.Entity.Account == LedgerAccounts.Earnings && e.Entity.AccountId == userId)
            .Sum(e => e.Entity.AmountMinor);
        return saved + unsaved;
    }

    /// <summary>
    /// A payout of <paramref name="amountMinor"/> from the payee's balance: the payout row, the move of the money from their
    /// earnings to payouts in flight, and the event that starts the Payout saga (for the caller to send in the same
    /// transaction). The payee's row is touched so that a concurrent payout of the same balance fails to save.
    /// </summary>
    public static PayoutRequested RequestPayout(EscrowDbContext db, PayeeAccount payee, long amountMinor, bool automatic, DateTime now)
    {
        var payout = Payout.Request(payee.UserId, amountMinor, automatic, now);
        db.Payouts.Add(payout);
        db.Ledger.AddRange(LedgerEntry.Transfer(
            new($"payout:{payout.Id}", LedgerKinds.Payout, now, PayoutId: payout.Id),
            LedgerAccounts.EarningsOf(payee.UserId), LedgerAccounts.InFlightOf(payee.UserId), amountMinor));
        payee.Touch();
        return new PayoutRequested(payout.Id, payee.UserId, Money.FromMinor(amountMinor), automatic, new DateTimeOffset(now, TimeSpan.Zero));
    }
}
