using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Messaging.Inbox;

/// <summary>
/// Writes a transaction's inbox rows in one statement, just before it commits: one round trip however many
/// handlers ran, and no change tracking for rows that are never read back as entities.
/// </summary>
internal static class InboxWriter
{
    // SQLite allows 32,766 parameters in a statement, PostgreSQL 65,535: 3 a row.
    private const int RowsPerStatement = 1000;

    public static async Task AddAsync(DbContext db, IReadOnlyList<(Guid MessageId, string Handler)> applied, DateTime processedAt, CancellationToken cancellationToken)
    {
        for (var start = 0; start < applied.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, applied.Count - start);
            var sql = new StringBuilder("INSERT INTO inbox_records (\"MessageId\", \"Handler\", \"ProcessedAt\") VALUES ", 80 + (count * 20));
            var values = new object[count * 3];
            for (var i = 0; i < count; i++)
            {
                var (messageId, handler) = applied[start + i];
                sql.Append(CultureInfo.InvariantCulture, $"{(i == 0 ? "" : ", ")}({{{i * 3}}}, {{{(i * 3) + 1}}}, {{{(i * 3) + 2}}})");
                (values[i * 3], values[(i * 3) + 1], values[(i * 3) + 2]) = (messageId, handler, processedAt);
            }

            await db.Database.ExecuteSqlRawAsync(sql.ToString(), values, cancellationToken);
        }
    }
}
