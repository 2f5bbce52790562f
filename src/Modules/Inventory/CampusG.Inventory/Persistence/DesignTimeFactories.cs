using CampusG.Persistence;

namespace CampusG.Inventory.Persistence;

/// <summary>For `dotnet ef` and the migration tests: the module's two contexts (docs/module-guide.md, "Migrations").</summary>
internal sealed class InventoryDbContextFactory : DesignTimeDbContextFactory<InventoryDbContext>;

internal sealed class InventoryPostgresDbContextFactory : DesignTimeDbContextFactory<InventoryPostgresDbContext>;
