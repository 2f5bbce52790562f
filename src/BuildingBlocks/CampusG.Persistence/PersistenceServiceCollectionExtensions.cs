using CampusG.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Persistence;

public static class PersistenceServiceCollectionExtensions
{
    /// <summary>
    /// Registers a module's own database for a context without migrations (test and benchmark modules; the
    /// schema is the model): SQLite in embedded mode, PostgreSQL in distributed mode.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TDbContext>(
        this IServiceCollection services, IConfiguration configuration, string module)
        where TDbContext : DbContext =>
        services.AddModuleDatabase<TDbContext, TDbContext>(configuration, module);

    /// <summary>
    /// Registers a module's own database: in embedded mode a SQLite file <c>{DataDirectory}/{module}.db</c>
    /// in WAL mode; in distributed mode a PostgreSQL database (<c>ConnectionStrings:{module}</c>, else
    /// <c>ConnectionStrings:PostgreSql</c> with database <c>campusg_{module}</c>) through
    /// <typeparamref name="TPostgresDbContext"/>, the subclass that owns the PostgreSQL migration set, which
    /// resolving <typeparamref name="TDbContext"/> then gives. It is created when missing and migrated on
    /// start, before the module's other hosted services, and checked by <c>/health/ready</c>. Contexts are pooled:
    /// every message batch, relay pass and request leases one, and a fresh context costs more than its work.
    /// </summary>
    public static IServiceCollection AddModuleDatabase<TDbContext, TPostgresDbContext>(
        this IServiceCollection services, IConfiguration configuration, string module)
        where TDbContext : DbContext
        where TPostgresDbContext : TDbContext
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrEmpty(module);
        var options = configuration.GetSection("CampusG").Get<PersistenceOptions>() ?? new PersistenceOptions();
        if (HostRole.From(configuration).IsDistributed)
        {
            var connectionString = PostgresConnection.For(configuration, module);
            services.AddDbContextPool<TDbContext, TPostgresDbContext>((sp, o) =>
            {
                o.UseNpgsql(connectionString);
                if (typeof(TPostgresDbContext) != typeof(TDbContext))
                {
                    // Modules configure TDbContext (interceptors); the subclass's options are its own type.
                    foreach (var configure in sp.GetServices<IDbContextOptionsConfiguration<TDbContext>>())
                    {
                        configure.Configure(sp, o);
                    }
                }
            });
            services.AddSingleton(new WriteGate<TDbContext>(serialize: false));
        }
        else
        {
            services.AddDbContextPool<TDbContext>(SqliteDatabase.Configure(options, module));
            services.AddSingleton(new WriteGate<TDbContext>(serialize: true));
        }

        services.AddHostedService<DatabaseMigrator<TDbContext>>();
        services.AddHealthChecks().AddDbContextCheck<TDbContext>($"db-{module.ToLowerInvariant()}", tags: ["ready"]);
        return services;
    }
}
