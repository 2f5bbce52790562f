using Microsoft.EntityFrameworkCore;

namespace CampusG.Receipts.Persistence;

/// <summary>
/// The module's context on PostgreSQL (distributed mode). Being its own type gives it its own migration set,
/// Persistence/PostgresMigrations, beside the SQLite one; the model is the base's (decision 014).
/// </summary>
internal sealed class ReceiptsPostgresDbContext(DbContextOptions<ReceiptsPostgresDbContext> options) : ReceiptsDbContext(options);
