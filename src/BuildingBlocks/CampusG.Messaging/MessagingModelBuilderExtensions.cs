using CampusG.Messaging.DeadLetters;
using CampusG.Messaging.Inbox;
using CampusG.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>Adds the outbox, inbox and dead-letter tables to a module's model.</summary>
    public static ModelBuilder AddMessagingTables(this ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        modelBuilder.Entity<OutboxMessage>(e =>
        {
            e.ToTable("outbox_messages");
            e.HasKey(m => m.Sequence);
            e.Property(m => m.Sequence).ValueGeneratedOnAdd();
            e.HasIndex(m => m.MessageId).IsUnique();
            e.Property(m => m.Type).HasMaxLength(200);
            e.Property(m => m.CorrelationId).HasMaxLength(200);
            e.Property(m => m.Traceparent).HasMaxLength(100);
            // The relay only ever scans unpublished rows; keep that scan off the published history.
            e.HasIndex(m => m.Sequence).HasFilter("\"PublishedAt\" IS NULL").HasDatabaseName("ix_outbox_unpublished");
        });

        modelBuilder.Entity<InboxRecord>(e =>
        {
            e.ToTable("inbox_records");
            e.HasKey(r => new { r.MessageId, r.Handler });
            e.Property(r => r.Handler).HasMaxLength(300);
            e.HasIndex(r => r.ProcessedAt);
        });

        modelBuilder.Entity<DeadLetter>(e =>
        {
            e.ToTable("dead_letters");
            e.HasKey(d => d.Id);
            e.Property(d => d.Queue).HasMaxLength(100);
            e.Property(d => d.Handler).HasMaxLength(300);
            e.Property(d => d.MessageType).HasMaxLength(200);
            e.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
            e.HasIndex(d => d.Status);
        });

        return modelBuilder;
    }
}
