using CampusG.Messaging;
using CampusG.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Notifications.Persistence;

/// <remarks>Not sealed: <see cref="NotificationsPostgresDbContext"/> carries the PostgreSQL migration set (decision 014).</remarks>
internal class NotificationsDbContext : DbContext
{
    public NotificationsDbContext(DbContextOptions<NotificationsDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider subclass, whose options are typed for it.</summary>
    protected NotificationsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<NotificationDelivery> Deliveries => Set<NotificationDelivery>();

    public DbSet<NotificationContact> Contacts => Set<NotificationContact>();

    public DbSet<NotificationPreference> Preferences => Set<NotificationPreference>();

    public DbSet<ReceiptLink> ReceiptLinks => Set<ReceiptLink>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<Notification>(e =>
        {
            e.ToTable("notifications");
            e.HasKey(n => n.Id);
            e.Property(n => n.Id).ValueGeneratedNever();
            e.HasIndex(n => new { n.UserId, n.CreatedAt });
            e.HasIndex(n => new { n.Status, n.CreatedAt });
            e.Property(n => n.Template).HasMaxLength(50);
            e.Property(n => n.Message).HasMaxLength(2000);
            // The status guards the update: two dispatchers cannot both mark one notification SENT.
            e.Property(n => n.Status).HasMaxLength(20).IsConcurrencyToken();
            e.HasMany(n => n.Deliveries).WithOne().HasForeignKey(d => d.NotificationId);
        });
        NotificationsModel.AddChannelTables(modelBuilder);
    }
}
