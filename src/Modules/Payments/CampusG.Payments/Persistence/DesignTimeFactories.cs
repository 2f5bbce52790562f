using CampusG.Persistence;

namespace CampusG.Payments.Persistence;

/// <summary>For `dotnet ef` and the migration tests: the module's two contexts (docs/module-guide.md, "Migrations").</summary>
internal sealed class PaymentsDbContextFactory : DesignTimeDbContextFactory<PaymentsDbContext>;

internal sealed class PaymentsPostgresDbContextFactory : DesignTimeDbContextFactory<PaymentsPostgresDbContext>;
