using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CampusG.Bench.Experiments;

/// <summary>
/// Experiment only (<c>--experiment busy-timeout</c>), not production wiring: sets SQLite's own busy handler on
/// every connection, so a writer waiting for the lock is woken within milliseconds by SQLite instead of
/// Microsoft.Data.Sqlite's fixed 150 ms sleep-and-retry.
/// </summary>
internal sealed class BusyTimeoutExperiment(int milliseconds) : DbConnectionInterceptor
{
    private readonly string _sql = $"PRAGMA busy_timeout={milliseconds};";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = _sql;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = _sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
