using CampusG.Messaging;
using CampusG.Orders.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Persistence;

/// <remarks>Not sealed: <see cref="OrdersPostgresDbContext"/> carries the PostgreSQL migration set (decision 014).</remarks>
internal class OrdersDbContext : DbContext
{
    public OrdersDbContext(DbContextOptions<OrdersDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider subclass, whose options are typed for it.</summary>
    protected OrdersDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderStatusChange> StatusChanges => Set<OrderStatusChange>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<Proof> Proofs => Set<Proof>();

    public DbSet<Review> Reviews => Set<Review>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<Order>(e =>
        {
            e.ToTable("orders");
            e.HasKey(o => o.Id);
            e.Property(o => o.Status).HasMaxLength(20);
            e.Property(o => o.Description).HasMaxLength(500);
            e.Property(o => o.DeliveryLocation).HasMaxLength(255);
            e.Property(o => o.CancellationReason).HasMaxLength(30);
            // The accept-vs-timeout race: the second save fails and is retried against fresh state.
            e.Property(o => o.Version).IsConcurrencyToken();
            e.HasIndex(o => new { o.CustomerId, o.CreatedAt, o.Id });
            e.HasIndex(o => new { o.RunnerId, o.CreatedAt, o.Id });
            e.HasIndex(o => new { o.Status, o.CreatedAt });
            e.HasMany(o => o.Timeline).WithOne().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(o => o.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);
        });
        modelBuilder.Entity<OrderStatusChange>(e =>
        {
            e.ToTable("order_status_changes");
            e.HasKey(c => c.Id);
            e.Property(c => c.Status).HasMaxLength(20);
        });
        modelBuilder.Entity<IdempotencyRecord>(e =>
        {
            e.ToTable("idempotency_records");
            e.HasKey(r => new { r.UserId, r.Key });
            e.Property(r => r.Key).HasMaxLength(255);
            e.Property(r => r.RequestHash).HasMaxLength(64);
            e.HasIndex(r => r.CreatedAt);
        });
        modelBuilder.Entity<Proof>(e =>
        {
            e.ToTable("proofs");
            e.HasKey(p => p.Id);
            e.Property(p => p.Kind).HasMaxLength(10);
            e.Property(p => p.ContentType).HasMaxLength(20);
            e.HasIndex(p => p.OrderId);
        });
        modelBuilder.Entity<Review>(e =>
        {
            e.ToTable("reviews");
            e.HasKey(r => r.Id);
            e.Property(r => r.RevieweeRole).HasMaxLength(10);
            e.Property(r => r.Comment).HasMaxLength(1000);
            // Once per side, even when two requests race.
            e.HasIndex(r => new { r.OrderId, r.ReviewerId }).IsUnique();
        });
    }
}
