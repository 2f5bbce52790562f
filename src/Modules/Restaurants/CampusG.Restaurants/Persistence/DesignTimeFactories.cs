using CampusG.Persistence;

namespace CampusG.Restaurants.Persistence;

/// <summary>For `dotnet ef` and the migration tests: the module's two contexts (docs/module-guide.md, "Migrations").</summary>
internal sealed class RestaurantsDbContextFactory : DesignTimeDbContextFactory<RestaurantsDbContext>;

internal sealed class RestaurantsPostgresDbContextFactory : DesignTimeDbContextFactory<RestaurantsPostgresDbContext>;
