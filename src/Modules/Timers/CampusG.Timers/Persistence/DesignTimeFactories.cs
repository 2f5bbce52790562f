using CampusG.Persistence;

namespace CampusG.Timers.Persistence;

/// <summary>For `dotnet ef` and the migration tests: the module's two contexts (docs/module-guide.md, "Migrations").</summary>
internal sealed class TimersDbContextFactory : DesignTimeDbContextFactory<TimersDbContext>;

internal sealed class TimersPostgresDbContextFactory : DesignTimeDbContextFactory<TimersPostgresDbContext>;
