using CampusG.Messaging;
using CampusG.Timers.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Timers.Persistence;

internal sealed class TimersDbContext(DbContextOptions<TimersDbContext> options) : DbContext(options)
{
    public DbSet<DurableTimer> Timers => Set<DurableTimer>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<DurableTimer>(e =>
        {
            e.ToTable("timers");
            e.HasKey(t => t.Id);
            e.Property(t => t.Id).ValueGeneratedNever();
            e.HasIndex(t => new { t.Status, t.DueAt });
            e.HasIndex(t => t.OrderId);
            e.Property(t => t.Purpose).HasMaxLength(100);
            e.Property(t => t.Status).HasMaxLength(20);
            // A worker firing and a handler stopping the same timer: exactly one save wins.
            e.Property(t => t.UpdatedAt).IsConcurrencyToken();
        });
    }
}
