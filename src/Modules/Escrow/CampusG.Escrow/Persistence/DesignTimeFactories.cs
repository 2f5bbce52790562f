using CampusG.Persistence;

namespace CampusG.Escrow.Persistence;

/// <summary>For `dotnet ef` and the migration tests: the module's two contexts (docs/module-guide.md, "Migrations").</summary>
internal sealed class EscrowDbContextFactory : DesignTimeDbContextFactory<EscrowDbContext>;

internal sealed class EscrowPostgresDbContextFactory : DesignTimeDbContextFactory<EscrowPostgresDbContext>;
