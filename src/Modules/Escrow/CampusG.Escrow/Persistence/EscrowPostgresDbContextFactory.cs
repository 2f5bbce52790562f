using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CampusG.Escrow.Persistence;

/// <summary>For <c>dotnet ef migrations add --context EscrowPostgresDbContext</c> only; the host configures the real connection.</summary>
internal sealed class EscrowPostgresDbContextFactory : IDesignTimeDbContextFactory<EscrowPostgresDbContext>
{
    public EscrowPostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EscrowPostgresDbContext>().UseNpgsql("Host=localhost;Database=campusg_escrow_design").Options);
}
