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
            await MigrateAsync(db, cancellationToken);
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

    /// <summary>
    /// Applies the pending migrations. On PostgreSQL, hosts starting together take turns on a session advisory lock
    /// for the whole run: EF Core's own lock on the history table lasts one migration's transaction only, so with two
    /// or more pending migrations a second host that listed them before the first committed would apply them again.
    /// </summary>
    private static async Task MigrateAsync(TDbContext db, CancellationToken cancellationToken)
    {
        if (!db.Database.IsNpgsql())
        {
            await db.Database.MigrateAsync(cancellationToken);
            return;
        }

        await using var gate = new NpgsqlConnection(db.Database.GetConnectionString());
        await gate.OpenAsync(cancellationToken);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock(20261206, hashtext(current_database()))", gate))
        {
            await take.ExecuteNonQueryAsync(cancellationToken);
        }

        // Closing the connection releases the lock, also when a migration throws.
        await db.Database.MigrateAsync(cancellationToken);
    }

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
