using CampusG.Persistence;

namespace CampusG.Riders.Persistence;

/// <summary>For `dotnet ef` and the migration tests: the module's two contexts (docs/module-guide.md, "Migrations").</summary>
internal sealed class RidersDbContextFactory : DesignTimeDbContextFactory<RidersDbContext>;

internal sealed class RidersPostgresDbContextFactory : DesignTimeDbContextFactory<RidersPostgresDbContext>;
