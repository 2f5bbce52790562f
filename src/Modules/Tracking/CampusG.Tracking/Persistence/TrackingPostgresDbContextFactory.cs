using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CampusG.Tracking.Persistence;

/// <summary>For <c>dotnet ef migrations add --context TrackingPostgresDbContext</c> only; the host configures the real connection.</summary>
internal sealed class TrackingPostgresDbContextFactory : IDesignTimeDbContextFactory<TrackingPostgresDbContext>
{
    public TrackingPostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TrackingPostgresDbContext>().UseNpgsql("Host=localhost;Database=campusg_tracking_design").Options);
}
