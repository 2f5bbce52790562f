using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CampusG.Sagas.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; the host configures the real connection.</summary>
internal sealed class SagasDbContextFactory : IDesignTimeDbContextFactory<SagasDbContext>
{
    public SagasDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SagasDbContext>().UseSqlite("Data Source=sagas-design.db").Options);
}
