using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CampusG.Persistence;

/// <summary>
/// Creates a module's context for <c>dotnet ef</c> and for the migration tests, on the provider its migration set is
/// for: PostgreSQL for the module's <c>…PostgresDbContext</c> (decision 014), SQLite otherwise. No connection is
/// opened; the host configures the real one. A module closes it once per context (<c>Persistence/DesignTimeFactories.cs</c>).
/// </summary>
public abstract class DesignTimeDbContextFactory<TContext> : IDesignTimeDbContextFactory<TContext>
    where TContext : DbContext
{
    public TContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<TContext>();
        if (typeof(TContext).Name.EndsWith("PostgresDbContext", StringComparison.Ordinal))
        {
            options.UseNpgsql("Host=localhost;Database=campusg_design");
        }
        else
        {
            options.UseSqlite("Data Source=design-time.db");
        }

        return (TContext)Activator.CreateInstance(typeof(TContext), options.Options)!;
    }
}
