using CampusG.Persistence;

namespace CampusG.Orders.Persistence;

/// <summary>For `dotnet ef` and the migration tests: the module's two contexts (docs/module-guide.md, "Migrations").</summary>
internal sealed class OrdersDbContextFactory : DesignTimeDbContextFactory<OrdersDbContext>;

internal sealed class OrdersPostgresDbContextFactory : DesignTimeDbContextFactory<OrdersPostgresDbContext>;
