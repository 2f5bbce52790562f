using CampusG.Messaging;
using CampusG.Payments.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Payments.Persistence;

/// <remarks>Not sealed: <see cref="PaymentsPostgresDbContext"/> carries the PostgreSQL migration set (decision 014).</remarks>
internal class PaymentsDbContext : DbContext
{
    public PaymentsDbContext(DbContextOptions<PaymentsDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider subclass, whose options are typed for it.</summary>
    protected PaymentsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Payment> Payments => Set<Payment>();

    public DbSet<PaymentRefund> Refunds => Set<PaymentRefund>();

    public DbSet<PaymentIncrement> Increments => Set<PaymentIncrement>();

    public DbSet<GatewayPayout> Payouts => Set<GatewayPayout>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<Payment>(e =>
        {
            e.ToTable("payments");
            e.HasKey(p => p.Id);
            e.HasIndex(p => p.OrderId).IsUnique();
            e.Property(p => p.Currency).HasMaxLength(3);
            e.Property(p => p.Status).HasMaxLength(20);
            e.Property(p => p.GatewayToken).HasMaxLength(200);
            e.Property(p => p.AuthorizationId).HasMaxLength(200);
            e.Property(p => p.FailureReason).HasMaxLength(40);
            e.Property(p => p.FailureDetail).HasMaxLength(300);
            e.Property(p => p.ChargeId).HasMaxLength(200);
            e.Property(p => p.ReleaseFailureReason).HasMaxLength(80);
            e.Ignore(p => p.CanBeRefunded);
            e.Ignore(p => p.CanBeReleased);
            e.Ignore(p => p.Refundable);
            // A retry timer and a revert racing on one payment: the second save fails and is retried against fresh state.
            e.Property(p => p.UpdatedAt).IsConcurrencyToken();
        });
        modelBuilder.Entity<PaymentRefund>(e =>
        {
            e.ToTable("payment_refunds");
            e.HasKey(r => r.RefundId);
            e.HasIndex(r => r.OrderId);
            e.Property(r => r.ReferenceId).HasMaxLength(200);
        });
        modelBuilder.Entity<PaymentIncrement>(e =>
        {
            e.ToTable("payment_increments");
            e.HasKey(i => i.BoostId);
            e.HasIndex(i => i.OrderId);
            e.Property(i => i.AuthorizationId).HasMaxLength(200);
        });
        modelBuilder.Entity<GatewayPayout>(e =>
        {
            e.ToTable("payouts");
            e.HasKey(p => p.Id);
            e.Property(p => p.Currency).HasMaxLength(3);
            e.Property(p => p.Token).HasMaxLength(200);
            e.Property(p => p.Status).HasMaxLength(20);
            e.Property(p => p.ReferenceId).HasMaxLength(200);
            e.Property(p => p.FailureReason).HasMaxLength(120);
            e.Ignore(p => p.IdempotencyKey);
            e.Property(p => p.UpdatedAt).IsConcurrencyToken();
        });
    }
}
