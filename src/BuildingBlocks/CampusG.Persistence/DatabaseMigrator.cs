using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CampusG.Persistence;

/// <summary>Brings a module's database up to date before anything else of the module starts.</summary>
internal sealed class DatabaseMigrator<TDbContext>(IServiceScopeFactory scopes) : IHostedService
    where TDbContext : DbContext
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        if (db.Database.IsSqlite())
        {
            // WAL lets readers run beside the one writer; it is a property of the file, set once.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        else if (db.Database.IsNpgsql())
        {
            await CreatePostgresDatabaseAsync(db, cancellationToken);
        }

        if (db.Database.GetMigrations().Any())
        {
            // On PostgreSQL, EF Core holds a lock on the history table, so hosts starting together migrate once.
            await db.Database.MigrateAsync(cancellationToken);
        }
        else
        {
            // Test and benchmark modules have no migrations; their schema is the model itself.
            try
            {
                await db.Database.EnsureCreatedAsync(cancellationToken);
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DuplicateTable or PostgresErrorCodes.UniqueViolation)
            {
                // another host created the same schema at the same moment: it is there now
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Creates the module's database when missing; another host creating it at the same moment is fine.</summary>
    private static async Task CreatePostgresDatabaseAsync(TDbContext db, CancellationToken cancellationToken)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (await creator.ExistsAsync(cancellationToken))
        {
            return;
        }

        try
        {
            await creator.CreateAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // lost the race to create it: it exists now
        }
    }
}
