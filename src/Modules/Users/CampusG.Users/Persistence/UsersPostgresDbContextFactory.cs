using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CampusG.Users.Persistence;

/// <summary>For <c>dotnet ef migrations add --context UsersPostgresDbContext</c> only; the host configures the real connection.</summary>
internal sealed class UsersPostgresDbContextFactory : IDesignTimeDbContextFactory<UsersPostgresDbContext>
{
    public UsersPostgresDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<UsersPostgresDbContext>().UseNpgsql("Host=localhost;Database=campusg_users_design").Options);
}
