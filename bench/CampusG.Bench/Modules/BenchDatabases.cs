using CampusG.Bench.Measurement;
using CampusG.Messaging;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Bench.Modules;

/// <summary>A state row that belongs to one benchmark chain; its commit time is recorded for that chain.</summary>
internal interface IChainRow
{
    int Chain { get; }

    Stage CommittedStage { get; }
}

internal sealed class OrderRow : IChainRow
{
    public Guid Id { get; set; }

    public int Chain { get; set; }

    public long AmountMinor { get; set; }

    public required string Status { get; set; }

    public DateTime PlacedAt { get; set; }

    Stage IChainRow.CommittedStage => Stage.OrderCommitted;
}

internal sealed class PaymentRow : IChainRow
{
    public Guid Id { get; set; }

    public int Chain { get; set; }

    public Guid OrderId { get; set; }

    public long AmountMinor { get; set; }

    public required string Status { get; set; }

    Stage IChainRow.CommittedStage => Stage.PaymentsCommitted;
}

internal sealed class TrackingRow : IChainRow
{
    public long Id { get; set; }

    public int Chain { get; set; }

    public Guid MessageId { get; set; }

    public required string MessageType { get; set; }

    Stage IChainRow.CommittedStage =>
        MessageType == "bench.order-placed" ? Stage.TrackingOrderCommitted : Stage.TrackingCaptureCommitted;
}

/// <summary>The producer module: orders plus its outbox.</summary>
internal sealed class OrdersDb(DbContextOptions<OrdersDb> options) : DbContext(options)
{
    public DbSet<OrderRow> Orders => Set<OrderRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<OrderRow>(e =>
        {
            e.ToTable("orders");
            e.HasIndex(o => o.Chain).IsUnique();
            e.Property(o => o.Status).HasMaxLength(30);
        });
    }
}

/// <summary>First consumer: records a payment per order and sends <see cref="PaymentCaptured"/>.</summary>
internal sealed class PaymentsDb(DbContextOptions<PaymentsDb> options) : DbContext(options)
{
    public DbSet<PaymentRow> Payments => Set<PaymentRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<PaymentRow>(e =>
        {
            e.ToTable("payments");
            e.HasIndex(p => p.OrderId).IsUnique();
            e.Property(p => p.Status).HasMaxLength(30);
        });
    }
}

/// <summary>Second consumer: an event log row for every message of the chain (like the Tracking module).</summary>
internal sealed class TrackingDb(DbContextOptions<TrackingDb> options) : DbContext(options)
{
    public DbSet<TrackingRow> Events => Set<TrackingRow>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<TrackingRow>(e =>
        {
            e.ToTable("tracking_events");
            e.HasIndex(t => t.MessageId).IsUnique();
            e.Property(t => t.MessageType).HasMaxLength(200);
        });
    }
}
