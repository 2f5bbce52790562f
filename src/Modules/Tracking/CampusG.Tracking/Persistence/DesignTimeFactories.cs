using CampusG.Persistence;

namespace CampusG.Tracking.Persistence;

/// <summary>For `dotnet ef` and the migration tests: the module's two contexts (docs/module-guide.md, "Migrations").</summary>
internal sealed class TrackingDbContextFactory : DesignTimeDbContextFactory<TrackingDbContext>;

internal sealed class TrackingPostgresDbContextFactory : DesignTimeDbContextFactory<TrackingPostgresDbContext>;
