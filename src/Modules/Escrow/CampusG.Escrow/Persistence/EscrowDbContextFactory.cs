using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CampusG.Escrow.Persistence;

/// <summary>For <c>dotnet ef migrations add</c> only; the host configures the real connection.</summary>
internal sealed class EscrowDbContextFactory : IDesignTimeDbContextFactory<EscrowDbContext>
{
    public EscrowDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<EscrowDbContext>().UseSqlite("Data Source=escrow-design.db").Options);
}
