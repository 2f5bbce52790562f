using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CampusG.Timers.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; the host configures the real connection.</summary>
internal sealed class TimersDbContextFactory : IDesignTimeDbContextFactory<TimersDbContext>
{
    public TimersDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<TimersDbContext>().UseSqlite("Data Source=timers-design.db").Options);
}
