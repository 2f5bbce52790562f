using CampusG.Persistence;

namespace CampusG.Users.Persistence;

/// <summary>For `dotnet ef` and the migration tests: the module's two contexts (docs/module-guide.md, "Migrations").</summary>
internal sealed class UsersDbContextFactory : DesignTimeDbContextFactory<UsersDbContext>;

internal sealed class UsersPostgresDbContextFactory : DesignTimeDbContextFactory<UsersPostgresDbContext>;
