using CampusG.Inventory.Domain;
using CampusG.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Inventory.Persistence;

/// <remarks>Not sealed: <see cref="InventoryPostgresDbContext"/> carries the PostgreSQL migration set (decision 014).</remarks>
internal class InventoryDbContext : DbContext
{
    public InventoryDbContext(DbContextOptions<InventoryDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider subclass, whose options are typed for it.</summary>
    protected InventoryDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<StockItem> Items => Set<StockItem>();

    public DbSet<Reservation> Reservations => Set<Reservation>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<StockItem>(e =>
        {
            // The conditional updates keep the count within bounds; the database refuses anything else too.
            e.ToTable("stock_items", t => t.HasCheckConstraint(
                "ck_stock_items_count", $"\"Count\" IS NULL OR (\"Count\" >= 0 AND \"Count\" <= {StockItem.MaxCount})"));
            e.HasKey(i => i.ItemId);
            e.HasIndex(i => i.RestaurantId);
            e.Ignore(i => i.IsAvailable);
            e.Ignore(i => i.CacheVersion);
            // Two menu snapshots applied at once (two processes): the older one's save fails and is retried, then ignored.
            e.Property(i => i.MenuVersion).IsConcurrencyToken();
        });
        modelBuilder.Entity<Reservation>(e =>
        {
            e.ToTable("reservations");
            e.HasKey(r => r.OrderId);
            e.Property(r => r.Status).HasMaxLength(20);
            e.Property(r => r.Reason).HasMaxLength(40);
            // Two releases at once (two processes): the second's save fails, so its stock return rolls back with it.
            e.Property(r => r.ReleasedAt).IsConcurrencyToken();
            e.HasMany(r => r.Lines).WithOne().HasForeignKey(l => l.OrderId);
        });
        modelBuilder.Entity<ReservationLine>(e =>
        {
            e.ToTable("reservation_lines");
            e.HasKey(l => new { l.OrderId, l.ItemId });
        });
    }
}
