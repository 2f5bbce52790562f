using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace CampusG.Persistence;

/// <summary>Per-connection SQLite settings (journal_mode=WAL is per file and set on migration).</summary>
/// <remarks>
/// The settings belong to the native connection, which the pool keeps open under many <see cref="SqliteConnection"/>
/// opens: they are set the first time a native connection is opened, not on every open (three statements each time
/// cost about as much as a small query).
/// </remarks>
internal sealed class SqlitePragmas(string synchronous) : DbConnectionInterceptor
{
    // busy_timeout: a writer that finds the lock taken waits in SQLite's own fine-grained busy handler
    // instead of Microsoft.Data.Sqlite's 150 ms sleep-and-retry (bench/RESULTS.md, observation 1).
    private readonly string _sql = $"PRAGMA synchronous={synchronous}; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=5000;";

    private readonly ConditionalWeakTable<sqlite3, object> _configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (IsNew(connection))
        {
            using var command = connection.CreateCommand();
            command.CommandText = _sql;
            command.ExecuteNonQuery();
            Configured(connection);
        }
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (IsNew(connection))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = _sql;
            await command.ExecuteNonQueryAsync(cancellationToken);
            Configured(connection);
        }
    }

    private bool IsNew(DbConnection connection) =>
        connection is not SqliteConnection { Handle: { } handle } || !_configured.TryGetValue(handle, out _);

    private void Configured(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle })
        {
            _configured.AddOrUpdate(handle, this);
        }
    }
}
