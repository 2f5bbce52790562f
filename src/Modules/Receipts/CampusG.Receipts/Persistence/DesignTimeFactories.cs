using CampusG.Persistence;

namespace CampusG.Receipts.Persistence;

/// <summary>For `dotnet ef` and the migration tests: the module's two contexts (docs/module-guide.md, "Migrations").</summary>
internal sealed class ReceiptsDbContextFactory : DesignTimeDbContextFactory<ReceiptsDbContext>;

internal sealed class ReceiptsPostgresDbContextFactory : DesignTimeDbContextFactory<ReceiptsPostgresDbContext>;
