using CampusG.Persistence;

namespace CampusG.Notifications.Persistence;

/// <summary>For `dotnet ef` and the migration tests: the module's two contexts (docs/module-guide.md, "Migrations").</summary>
internal sealed class NotificationsDbContextFactory : DesignTimeDbContextFactory<NotificationsDbContext>;

internal sealed class NotificationsPostgresDbContextFactory : DesignTimeDbContextFactory<NotificationsPostgresDbContext>;
