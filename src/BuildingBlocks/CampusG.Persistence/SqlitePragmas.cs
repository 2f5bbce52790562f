using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CampusG.Persistence;

/// <summary>Per-connection SQLite settings (journal_mode=WAL is per file and set on migration).</summary>
internal sealed class SqlitePragmas(string synchronous) : DbConnectionInterceptor
{
    // busy_timeout: a writer that finds the lock taken waits in SQLite's own fine-grained busy handler
    // instead of Microsoft.Data.Sqlite's 150 ms sleep-and-retry (bench/RESULTS.md, observation 1).
    private readonly string _sql = $"PRAGMA synchronous={synchronous}; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
