using CampusG.Messaging;
using CampusG.Tracking.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CampusG.Tracking.Persistence;

/// <remarks>Not sealed: <see cref="TrackingPostgresDbContext"/> carries the PostgreSQL migration set (decision 014).</remarks>
internal class TrackingDbContext : DbContext
{
    public TrackingDbContext(DbContextOptions<TrackingDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider subclass, whose options are typed for it.</summary>
    protected TrackingDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<EventLogEntry> EventLog => Set<EventLogEntry>();

    public DbSet<OrderView> OrderViews => Set<OrderView>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<EventLogEntry>(e =>
        {
            e.ToTable("event_log");
            e.HasKey(x => x.Seq);
            e.Property(x => x.Seq).ValueGeneratedOnAdd();
            e.HasIndex(x => x.MessageId).IsUnique();
            e.HasIndex(x => x.CorrelationId);
            e.Property(x => x.Type).HasMaxLength(200);
            e.Property(x => x.CorrelationId).HasMaxLength(200);
            e.Property(x => x.Source).HasMaxLength(100);
        });
        modelBuilder.Entity<OrderView>(e =>
        {
            e.ToTable("order_views");
            e.HasKey(v => v.OrderId);
            e.HasIndex(v => v.CustomerId);
            e.HasIndex(v => v.RunnerId);
            e.Property(v => v.Status).HasMaxLength(30);
            e.Property(v => v.CancellationReason).HasMaxLength(30);
            e.Property(v => v.PaymentStatus).HasMaxLength(20);
            e.Property(v => v.EscrowStatus).HasMaxLength(20);
            e.Property(v => v.FailureReason).HasMaxLength(300);
            e.Property(v => v.Kind).HasMaxLength(10).HasDefaultValue("ERRAND");
            e.Property(v => v.Version).IsConcurrencyToken();
            e.HasMany(v => v.Timeline).WithOne().HasForeignKey(t => t.OrderId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<OrderTimelineEntry>(e =>
        {
            e.ToTable("order_view_timeline");
            e.HasKey(t => t.Id);
            e.Property(t => t.Status).HasMaxLength(30);
        });
        ReadTimesAsUtc(modelBuilder, typeof(EventLogEntry), typeof(OrderView), typeof(OrderTimelineEntry));
    }

    /// <summary>Times are stored as UTC and read back as UTC, so the API writes them with a "Z".</summary>
    private static void ReadTimesAsUtc(ModelBuilder modelBuilder, params Type[] entities)
    {
        var converter = new UtcDateTimeConverter();
        foreach (var property in entities.SelectMany(t => modelBuilder.Entity(t).Metadata.GetProperties())
                     .Where(p => p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTime?)))
        {
            property.SetValueConverter(converter);
        }
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Local ? v.ToUniversalTime() : DateTime.SpecifyKind(v, DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
