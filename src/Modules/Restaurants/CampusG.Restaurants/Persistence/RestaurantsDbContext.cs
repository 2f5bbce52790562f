using CampusG.Messaging;
using CampusG.Restaurants.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Restaurants.Persistence;

/// <remarks>Not sealed: <see cref="RestaurantsPostgresDbContext"/> carries the PostgreSQL migration set (decision 014).</remarks>
internal class RestaurantsDbContext : DbContext
{
    public RestaurantsDbContext(DbContextOptions<RestaurantsDbContext> options)
        : base(options)
    {
    }

    /// <summary>For the provider subclass, whose options are typed for it.</summary>
    protected RestaurantsDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Restaurant> Restaurants => Set<Restaurant>();

    public DbSet<MenuItem> MenuItems => Set<MenuItem>();

    /// <summary>
    /// The restaurant an owner's change loads (none or one), tracked. SQLite already queues writers (the write gate,
    /// <c>BEGIN IMMEDIATE</c>), so a plain read suffices; PostgreSQL locks the row until the change commits.
    /// </summary>
    internal virtual IQueryable<Restaurant> RestaurantToChange(Guid restaurantId) => Restaurants.Where(r => r.Id == restaurantId);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.AddMessagingTables();
        modelBuilder.Entity<Restaurant>(e =>
        {
            e.ToTable("restaurants");
            e.HasKey(r => r.Id);
            e.Property(r => r.Name).HasMaxLength(100);
            e.Property(r => r.NameKey).HasMaxLength(100);
            e.Property(r => r.Description).HasMaxLength(500);
            e.Property(r => r.Location).HasMaxLength(255);
            e.Property(r => r.Status).HasMaxLength(10);
            // Two edits racing: the second save fails and is retried against fresh state, so versions never repeat.
            e.Property(r => r.Version).IsConcurrencyToken();
            e.HasIndex(r => new { r.NameKey, r.Id });
        });
        modelBuilder.Entity<MenuItem>(e =>
        {
            e.ToTable("menu_items");
            e.HasKey(i => i.Id);
            e.Property(i => i.Name).HasMaxLength(100);
            e.Property(i => i.Description).HasMaxLength(500);
            e.Property(i => i.Version).IsConcurrencyToken();
            e.HasIndex(i => new { i.RestaurantId, i.CreatedAt });
            e.HasOne<Restaurant>().WithMany().HasForeignKey(i => i.RestaurantId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
