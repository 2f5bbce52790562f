using CampusG.Messaging;
using CampusG.Users.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Users.Persistence;

/// <remarks>Not sealed: <see cref="UsersPostgresDbContext"/> carries the PostgreSQL migration set (decision 014).</remarks>
internal class UsersDbContext : DbContext
{
    public UsersDbContext(DbContextOptions<UsersDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider subclass, whose options are typed for it.</summary>
    protected UsersDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<User> Users => Set<User>();

    public DbSet<CountedFact> CountedFacts => Set<CountedFact>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<User>(e =>
        {
            e.ToTable("users");
            e.HasKey(u => u.Id);
            // Two sign-ups racing with one e-mail: the index lets exactly one in.
            e.HasIndex(u => u.Email).IsUnique();
            e.Property(u => u.Email).HasMaxLength(AccountRules.MaxEmailLength);
            e.Property(u => u.PasswordHash).HasMaxLength(200);
            e.Property(u => u.FirstName).HasMaxLength(AccountRules.MaxNameLength);
            e.Property(u => u.LastName).HasMaxLength(AccountRules.MaxNameLength);
            e.Property(u => u.PhoneNumber).HasMaxLength(16);
            e.OwnsOne(u => u.PaymentMethod, card =>
            {
                card.Property(c => c.GatewayToken).HasColumnName("GatewayToken").HasMaxLength(200);
                card.Property(c => c.Brand).HasColumnName("Brand").HasMaxLength(20);
                card.Property(c => c.Last4).HasColumnName("Last4").HasMaxLength(4);
                card.Property(c => c.ExpMonth).HasColumnName("ExpMonth");
                card.Property(c => c.ExpYear).HasColumnName("ExpYear");
            });
            e.Navigation(u => u.PaymentMethod).IsRequired(false);
        });
        modelBuilder.Entity<CountedFact>(e =>
        {
            e.ToTable("counted_facts");
            // One row per fact: the same order fact re-sent under a new message id cannot be counted again.
            e.HasKey(f => new { f.OrderId, f.Kind, f.Key });
            e.Property(f => f.Kind).HasMaxLength(40);
            e.Property(f => f.Key).HasMaxLength(100);
        });
    }
}
