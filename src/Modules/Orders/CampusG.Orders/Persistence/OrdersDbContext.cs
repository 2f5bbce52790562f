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

    public DbSet<OrderItemLine> OrderLines => Set<OrderItemLine>();

    public DbSet<OrderIssue> Issues => Set<OrderIssue>();

    public DbSet<RestaurantCopy> RestaurantCopies => Set<RestaurantCopy>();

    public DbSet<MenuItemCopy> MenuItemCopies => Set<MenuItemCopy>();

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
            e.HasIndex(o => o.OverdueSince);
            e.HasMany(o => o.Timeline).WithOne().HasForeignKey(c => c.OrderId).OnDelete(DeleteBehavior.Cascade);
            e.Navigation(o => o.Timeline).UsePropertyAccessMode(PropertyAccessMode.Field);
            MapMenuOrder(e);
        });
        MapMenuCopies(modelBuilder);
        MapIssues(modelBuilder);
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

    private static void MapMenuOrder(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<Order> e)
    {
        e.Property(o => o.Kind).HasMaxLength(10);
        e.Property(o => o.SpecialInstructions).HasMaxLength(500);
        e.Property(o => o.RestaurantName).HasMaxLength(100);
        e.Property(o => o.PickupLocation).HasMaxLength(255);
        e.HasIndex(o => new { o.RestaurantId, o.CreatedAt, o.Id });
        e.OwnsOne(o => o.DeliveryAddress, a =>
        {
            a.Property(x => x.Street).HasColumnName("AddressStreet").HasMaxLength(255);
            a.Property(x => x.City).HasColumnName("AddressCity").HasMaxLength(100);
            a.Property(x => x.State).HasColumnName("AddressState").HasMaxLength(100);
            a.Property(x => x.ZipCode).HasColumnName("AddressZipCode").HasMaxLength(10);
        });
        e.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        e.Navigation(o => o.Lines).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    private static void MapIssues(ModelBuilder modelBuilder) => modelBuilder.Entity<OrderIssue>(e =>
    {
        e.ToTable("order_issues");
        e.HasKey(i => i.Id);
        e.Property(i => i.Kind).HasMaxLength(20);
        e.Property(i => i.Detail).HasMaxLength(OrderIssue.MaxDetail);
        e.Property(i => i.Status).HasMaxLength(10);
        e.Property(i => i.ChargedTo).HasMaxLength(10);
        e.Property(i => i.Note).HasMaxLength(OrderIssue.MaxNote);
        // Two racing resolves: the second save fails.
        e.Property(i => i.Version).IsConcurrencyToken();
        // One open report per order, even when two reports race (the filter reads the same in SQLite and PostgreSQL).
        e.HasIndex(i => i.OrderId).IsUnique().HasFilter("\"Status\" = 'OPEN'");
        e.HasIndex(i => new { i.OrderId, i.CreatedAt });
        e.HasIndex(i => new { i.Status, i.CreatedAt });
    });

    private static void MapMenuCopies(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<OrderItemLine>(e =>
        {
            e.ToTable("order_lines");
            e.HasKey(l => l.Id);
            e.Property(l => l.Name).HasMaxLength(100);
        });
        modelBuilder.Entity<RestaurantCopy>(e =>
        {
            e.ToTable("restaurant_copies");
            e.HasKey(r => r.Id);
            e.Property(r => r.Id).ValueGeneratedNever();
            e.Property(r => r.Name).HasMaxLength(100);
            e.Property(r => r.Location).HasMaxLength(255);
            e.Property(r => r.Status).HasMaxLength(10);
        });
        modelBuilder.Entity<MenuItemCopy>(e =>
        {
            e.ToTable("menu_item_copies");
            e.HasKey(i => i.Id);
            e.Property(i => i.Id).ValueGeneratedNever();
            e.Property(i => i.Name).HasMaxLength(100);
            e.HasIndex(i => i.RestaurantId);
        });
    }
}
