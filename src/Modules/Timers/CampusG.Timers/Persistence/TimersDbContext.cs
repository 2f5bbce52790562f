using CampusG.Messaging;
using CampusG.Timers.Contracts;
using CampusG.Timers.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Timers.Persistence;

/// <remarks>Not sealed: <see cref="TimersPostgresDbContext"/> carries the PostgreSQL migration set (decision 014).</remarks>
internal class TimersDbContext : DbContext
{
    public TimersDbContext(DbContextOptions<TimersDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider subclass, whose options are typed for it.</summary>
    protected TimersDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<DurableTimer> Timers => Set<DurableTimer>();

    /// <summary>
    /// Whether <see cref="DueTimers"/> takes row locks, which last until the caller's transaction commits.
    /// SQLite has one writer at a time and the UpdatedAt token, so a plain read suffices there.
    /// </summary>
    internal virtual bool ClaimsWithRowLocks => false;

    /// <summary>Up to <paramref name="batchSize"/> due SCHEDULED timers, the earliest first.</summary>
    internal virtual IQueryable<DurableTimer> DueTimers(DateTime now, int batchSize) => Timers
        .Where(t => t.Status == TimerStatuses.Scheduled && t.DueAt <= now)
        .OrderBy(t => t.DueAt)
        .Take(batchSize);

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
