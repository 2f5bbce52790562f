using CampusG.Timers.Contracts;
using CampusG.Timers.Domain;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Timers.Persistence;

/// <summary>
/// The module's context on PostgreSQL (distributed mode). Being its own type gives it its own migration set,
/// Persistence/PostgresMigrations, beside the SQLite one; the model is the base's (decision 014).
/// </summary>
internal sealed class TimersPostgresDbContext(DbContextOptions<TimersPostgresDbContext> options) : TimersDbContext(options)
{
    internal override bool ClaimsWithRowLocks => true;

    /// <summary>
    /// Claims the due timers: each worker locks the rows it read and skips rows another worker holds, so
    /// several instances split the due timers instead of all reading (and racing for) the same ones.
    /// </summary>
    internal override IQueryable<DurableTimer> DueTimers(DateTime now, int batchSize) => Timers.FromSql(
        $"""
        SELECT * FROM timers
        WHERE "Status" = {TimerStatuses.Scheduled} AND "DueAt" <= {now}
        ORDER BY "DueAt"
        LIMIT {batchSize}
        FOR UPDATE SKIP LOCKED
        """);
}
