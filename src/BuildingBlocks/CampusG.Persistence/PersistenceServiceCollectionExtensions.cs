using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's own database: in embedded mode a SQLite file <c>{DataDirectory}/{module}.db</c>
    /// in WAL mode. It is migrated on start, before the module's other hosted services, and checked by
    /// <c>/health/ready</c>.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TDbContext>(
        this IServiceCollection services, IConfiguration configuration, string module)
        where TDbContext : DbContext
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(module);
        var options = configuration.GetSection("CampusG").Get<PersistenceOptions>() ?? new PersistenceOptions();
        if (!string.Equals(options.Mode, "Embedded", StringComparison.OrdinalIgnoreCase))
        {
            // The seam for PostgreSQL (one database per module, ConnectionStrings:<Module>) is here;
            // distributed mode wires it up.
            throw new InvalidOperationException(
                $"CampusG:Mode '{options.Mode}' is not available in this build; use 'Embedded'.");
        }

        if (options.SqliteSynchronous.ToUpperInvariant() is not ("FULL" or "NORMAL" or "EXTRA"))
        {
            throw new InvalidOperationException(
                $"CampusG:SqliteSynchronous must be FULL, NORMAL or EXTRA, not '{options.SqliteSynchronous}'.");
        }

        var path = Path.GetFullPath(Path.Combine(options.DataDirectory, $"{module.ToLowerInvariant()}.db"));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var pragmas = new SqlitePragmas(options.SqliteSynchronous);
        services.AddDbContext<TDbContext>(o => o
            .UseSqlite($"Data Source={path};Pooling=True;Default Timeout=30")
            .AddInterceptors(pragmas));
        services.AddHostedService<DatabaseMigrator<TDbContext>>();
        services.AddHealthChecks().AddDbContextCheck<TDbContext>($"db-{module.ToLowerInvariant()}", tags: ["ready"]);
        return services;
    }
}
