using CampusG.Messaging;
using CampusG.Sagas.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Sagas.Persistence;

/// <remarks>Not sealed: <see cref="SagasPostgresDbContext"/> carries the PostgreSQL migration set (decision 014).</remarks>
internal class SagasDbContext : DbContext
{
    public SagasDbContext(DbContextOptions<SagasDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider subclass, whose options are typed for it.</summary>
    protected SagasDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<SagaInstance> Sagas => Set<SagaInstance>();

    public DbSet<SagaStepLog> StepLogs => Set<SagaStepLog>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<SagaInstance>(e =>
        {
            e.ToTable("saga_instances");
            e.HasKey(s => s.Id);
            e.HasIndex(s => new { s.Type, s.CorrelationId }).IsUnique();
            e.HasIndex(s => new { s.State, s.StepDeadline });
            e.HasIndex(s => s.CreatedAt);
            e.Property(s => s.Type).HasMaxLength(50);
            e.Property(s => s.CorrelationId).HasMaxLength(200);
            e.Property(s => s.State).HasMaxLength(20);
            e.Property(s => s.CurrentStep).HasMaxLength(50);
            // A reply and the sweeper racing on one saga: the second save fails and is retried against fresh state.
            e.Property(s => s.Version).IsConcurrencyToken();
        });
        modelBuilder.Entity<SagaStepLog>(e =>
        {
            e.ToTable("saga_step_logs");
            e.HasKey(l => l.Id);
            e.HasIndex(l => l.SagaId);
            e.Property(l => l.Step).HasMaxLength(50);
            e.Property(l => l.Message).HasMaxLength(200);
            e.Property(l => l.Outcome).HasMaxLength(500);
        });
    }
}
