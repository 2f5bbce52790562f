using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CampusG.Payments.Persistence;

/// <summary>For <c>dotnet ef migrations add --context PaymentsPostgresDbContext</c> only; the host configures the real connection.</summary>
internal sealed class PaymentsPostgresDbContextFactory : IDesignTimeDbContextFactory<PaymentsPostgresDbContext>
{
    public PaymentsPostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PaymentsPostgresDbContext>().UseNpgsql("Host=localhost;Database=campusg_payments_design").Options);
}
