using CampusG.Escrow.Domain;
using CampusG.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Escrow.Persistence;

/// <remarks>Not sealed: <see cref="EscrowPostgresDbContext"/> carries the PostgreSQL migration set (decision 014).</remarks>
internal class EscrowDbContext : DbContext
{
    public EscrowDbContext(DbContextOptions<EscrowDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider subclass, whose options are typed for it.</summary>
    protected EscrowDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<EscrowAccount> Accounts => Set<EscrowAccount>();

    public DbSet<LedgerEntry> Ledger => Set<LedgerEntry>();

    public DbSet<Payout> Payouts => Set<Payout>();

    public DbSet<PayeeAccount> Payees => Set<PayeeAccount>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<EscrowAccount>(e =>
        {
            e.ToTable("escrow_accounts");
            e.HasKey(a => a.Id);
            e.HasIndex(a => a.OrderId).IsUnique();
            e.Property(a => a.Status).HasMaxLength(20);
            e.Property(a => a.FailureReason).HasMaxLength(300);
            // Two handlers racing on one account: the second save fails and is retried against fresh state.
            e.Property(a => a.UpdatedAt).IsConcurrencyToken();
        });
        modelBuilder.Entity<LedgerEntry>(e =>
        {
            e.ToTable("ledger_entries");
            e.HasKey(m => m.Id);
            e.HasIndex(m => m.OrderId);
            e.HasIndex(m => new { m.Account, m.AccountId });
            // A transaction happens once: a second try of the same movement fails to insert.
            e.HasIndex(m => new { m.TransactionId, m.Account, m.AccountId }).IsUnique();
            e.Property(m => m.TransactionId).HasMaxLength(80);
            e.Property(m => m.Account).HasMaxLength(20);
            e.Property(m => m.Kind).HasMaxLength(20);
            e.Property(m => m.Party).HasMaxLength(20);
        });
        modelBuilder.Entity<Payout>(e =>
        {
            e.ToTable("payouts");
            e.HasKey(p => p.Id);
            e.HasIndex(p => new { p.UserId, p.RequestedAt });
            e.Property(p => p.Status).HasMaxLength(20);
            e.Property(p => p.FailureReason).HasMaxLength(300);
        });
        modelBuilder.Entity<PayeeAccount>(e =>
        {
            e.ToTable("payee_accounts");
            e.HasKey(p => p.UserId);
            e.Property(p => p.Version).IsConcurrencyToken();
        });
    }
}
