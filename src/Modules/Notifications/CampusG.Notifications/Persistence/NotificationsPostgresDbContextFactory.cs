using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CampusG.Notifications.Persistence;

/// <summary>For <c>dotnet ef migrations add --context NotificationsPostgresDbContext</c> only; the host configures the real connection.</summary>
internal sealed class NotificationsPostgresDbContextFactory : IDesignTimeDbContextFactory<NotificationsPostgresDbContext>
{
    public NotificationsPostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<NotificationsPostgresDbContext>().UseNpgsql("Host=localhost;Database=campusg_notifications_design").Options);
}
