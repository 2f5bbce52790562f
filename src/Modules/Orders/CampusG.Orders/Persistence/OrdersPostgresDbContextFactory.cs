using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CampusG.Orders.Persistence;

/// <summary>For <c>dotnet ef migrations add --context OrdersPostgresDbContext</c> only; the host configures the real connection.</summary>
internal sealed class OrdersPostgresDbContextFactory : IDesignTimeDbContextFactory<OrdersPostgresDbContext>
{
    public OrdersPostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<OrdersPostgresDbContext>().UseNpgsql("Host=localhost;Database=campusg_orders_design").Options);
}
