using CampusG.Messaging;
using CampusG.Receipts.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Receipts.Persistence;

/// <remarks>Not sealed: <see cref="ReceiptsPostgresDbContext"/> carries the PostgreSQL migration set (decision 014).</remarks>
internal class ReceiptsDbContext : DbContext
{
    public ReceiptsDbContext(DbContextOptions<ReceiptsDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider subclass, whose options are typed for it.</summary>
    protected ReceiptsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<OrderReceipt> Receipts => Set<OrderReceipt>();

    public DbSet<LinkSigningKey> SigningKeys => Set<LinkSigningKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<OrderReceipt>(e =>
        {
            e.ToTable("order_receipts");
            e.HasKey(r => r.OrderId);
            e.HasIndex(r => r.ReceiptId).IsUnique();
            e.Property(r => r.Kind).HasMaxLength(20);
            e.Property(r => r.Description).HasMaxLength(2000);
            e.Property(r => r.Status).HasMaxLength(30);
            e.Property(r => r.CancellationReason).HasMaxLength(60);
            e.Property(r => r.PaymentStatus).HasMaxLength(20);
            e.Property(r => r.EscrowStatus).HasMaxLength(20);
            e.Property(r => r.IssuedFingerprint).HasMaxLength(300);
            e.Property(r => r.UpdatedAt).IsConcurrencyToken();
        });
        modelBuilder.Entity<LinkSigningKey>(e =>
        {
            e.ToTable("signing_keys");
            e.HasKey(k => k.Name);
            e.Property(k => k.Name).HasMaxLength(40);
            e.Property(k => k.Key).HasMaxLength(100);
        });
    }
}
