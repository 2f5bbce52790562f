using CampusG.Messaging;
using CampusG.Riders.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Riders.Persistence;

/// <remarks>Not sealed: <see cref="RidersPostgresDbContext"/> carries the PostgreSQL migration set (decision 014).</remarks>
internal class RidersDbContext : DbContext
{
    public RidersDbContext(DbContextOptions<RidersDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider subclass, whose options are typed for it.</summary>
    protected RidersDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Rider> Riders => Set<Rider>();

    public DbSet<Delivery> Deliveries => Set<Delivery>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<Rider>(e =>
        {
            e.ToTable("riders");
            e.HasKey(r => r.UserId);
            e.Property(r => r.Location).HasMaxLength(255);
            e.HasIndex(r => new { r.Online, r.LastSeenAt });
            e.Property(r => r.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<Delivery>(e =>
        {
            e.ToTable("deliveries");
            e.HasKey(d => d.OrderId);
            e.Property(d => d.Kind).HasMaxLength(10);
            e.Property(d => d.Status).HasMaxLength(20);
            e.Property(d => d.DropOff).HasMaxLength(400);
            e.Property(d => d.PickupName).HasMaxLength(200);
            e.Property(d => d.PickupAddress).HasMaxLength(255);
            e.HasIndex(d => new { d.RunnerId, d.EndedAt });
            e.HasIndex(d => new { d.OfferedRiderId, d.EndedAt });
            e.HasIndex(d => new { d.Status, d.StatusAt });
            e.Property(d => d.Version).IsConcurrencyToken();
        });
    }
}
