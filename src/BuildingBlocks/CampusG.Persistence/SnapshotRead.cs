using System.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CampusG.Persistence;

/// <summary>
/// A read-only transaction in which several queries see one snapshot of the database: REPEATABLE READ on PostgreSQL,
/// a deferred transaction on SQLite (in WAL mode its first read fixes the snapshot, and it takes no write lock).
/// </summary>
public static class SnapshotRead
{
    public static async Task<IDbContextTransaction> BeginAsync(DbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsSqlite())
        {
            return await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, cancellationToken);
        }

        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = (SqliteConnection)db.Database.GetDbConnection();
        return await db.Database.UseTransactionAsync(connection.BeginTransaction(deferred: true), cancellationToken)
            ?? throw new InvalidOperationException("The SQLite transaction could not be used.");
    }
}
