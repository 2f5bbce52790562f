using CampusG.Notifications.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Notifications.Persistence;

/// <summary>The tables behind e-mail and SMS: deliveries, contact details, preferences and receipt links.</summary>
internal static class NotificationsModel
{
    public static void AddChannelTables(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<NotificationDelivery>(e =>
        {
            e.ToTable("notification_deliveries");
            e.HasKey(d => d.Id);
            e.Property(d => d.Id).ValueGeneratedNever();
            e.HasIndex(d => new { d.NotificationId, d.Channel }).IsUnique();
            e.HasIndex(d => new { d.Status, d.NextAttemptAt });
            e.Property(d => d.Channel).HasMaxLength(10);
            e.Property(d => d.LastError).HasMaxLength(200);
            // The status guards the update: two workers cannot both send one delivery and count it twice.
            e.Property(d => d.Status).HasMaxLength(10).IsConcurrencyToken();
            e.Property(d => d.Attempts).IsConcurrencyToken();
        });
        modelBuilder.Entity<NotificationContact>(e =>
        {
            e.ToTable("notification_contacts");
            e.HasKey(c => c.UserId);
            e.Property(c => c.UserId).ValueGeneratedNever();
            e.Property(c => c.Email).HasMaxLength(320);
            e.Property(c => c.PhoneNumber).HasMaxLength(20);
        });
        modelBuilder.Entity<NotificationPreference>(e =>
        {
            e.ToTable("notification_preferences");
            e.HasKey(p => p.UserId);
            e.Property(p => p.UserId).ValueGeneratedNever();
        });
        modelBuilder.Entity<ReceiptLink>(e =>
        {
            e.ToTable("receipt_links");
            e.HasKey(r => r.OrderId);
            e.Property(r => r.OrderId).ValueGeneratedNever();
            e.Property(r => r.Url).HasMaxLength(2000);
        });
    }
}
