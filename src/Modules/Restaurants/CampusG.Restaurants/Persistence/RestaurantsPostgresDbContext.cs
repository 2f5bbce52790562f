using CampusG.Restaurants.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Restaurants.Persistence;

/// <summary>
/// The module's context on PostgreSQL (distributed mode). Being its own type gives it its own migration set,
/// Persistence/PostgresMigrations, beside the SQLite one; the model is the base's (decision 014).
/// </summary>
internal sealed class RestaurantsPostgresDbContext(DbContextOptions<RestaurantsPostgresDbContext> options) : RestaurantsDbContext(options)
{
    /// <summary>
    /// Locks the restaurant's row: read committed lets racing owners' changes (to the restaurant or to its items) read
    /// the same version, and the losers' saves would fail on the version token; with the lock they take turns.
    /// </summary>
    internal override IQueryable<Restaurant> RestaurantToChange(Guid restaurantId) =>
        Restaurants.FromSql($"""SELECT * FROM restaurants WHERE "Id" = {restaurantId} FOR UPDATE""");
}
