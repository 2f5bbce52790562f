using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CampusG.Timers.Persistence;

/// <summary>For <c>dotnet ef migrations add --context TimersPostgresDbContext</c> only; the host configures the real connection.</summary>
internal sealed class TimersPostgresDbContextFactory : IDesignTimeDbContextFactory<TimersPostgresDbContext>
{
    public TimersPostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TimersPostgresDbContext>().UseNpgsql("Host=localhost;Database=campusg_timers_design").Options);
}
