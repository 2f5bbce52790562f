using CampusG.Persistence;

namespace CampusG.Sagas.Persistence;

/// <summary>For `dotnet ef` and the migration tests: the module's two contexts (docs/module-guide.md, "Migrations").</summary>
internal sealed class SagasDbContextFactory : DesignTimeDbContextFactory<SagasDbContext>;

internal sealed class SagasPostgresDbContextFactory : DesignTimeDbContextFactory<SagasPostgresDbContext>;
