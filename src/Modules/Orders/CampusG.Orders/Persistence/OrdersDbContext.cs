using CampusG.Messaging;
using CampusG.Orders.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Persistence;

internal sealed class OrdersDbContext(DbContextOptions<OrdersDbContext> options) : DbContext(options)
{
    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderStatusChange> StatusChanges => Set<OrderStatusChange>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

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
    }
}
