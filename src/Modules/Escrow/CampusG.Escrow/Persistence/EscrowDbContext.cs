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

    public DbSet<EscrowMovement> Movements => Set<EscrowMovement>();

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
        modelBuilder.Entity<EscrowMovement>(e =>
        {
            e.ToTable("escrow_movements");
            e.HasKey(m => m.Id);
            e.HasIndex(m => m.OrderId);
            e.Property(m => m.Kind).HasMaxLength(20);
            e.Property(m => m.Party).HasMaxLength(20);
        });
    }
}
