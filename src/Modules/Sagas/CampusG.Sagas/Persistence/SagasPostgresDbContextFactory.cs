using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CampusG.Sagas.Persistence;

/// <summary>For <c>dotnet ef migrations add --context SagasPostgresDbContext</c> only; the host configures the real connection.</summary>
internal sealed class SagasPostgresDbContextFactory : IDesignTimeDbContextFactory<SagasPostgresDbContext>
{
    public SagasPostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SagasPostgresDbContext>().UseNpgsql("Host=localhost;Database=campusg_sagas_design").Options);
}
