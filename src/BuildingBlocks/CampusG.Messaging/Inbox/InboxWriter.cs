using CampusG.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Messaging.Inbox;

/// <summary>
/// Writes a transaction's inbox rows with multi-row statements (<see cref="RowAppender"/>), just before it commits:
/// one round trip on PostgreSQL however many handlers ran, and no change tracking for rows that are never read back
/// as entities.
/// </summary>
internal static class InboxWriter
{
    private static readonly string[] Columns = ["MessageId", "Handler", "ProcessedAt"];

    public static Task AddAsync(DbContext db, IReadOnlyList<(Guid MessageId, string Handler)> applied, DateTime processedAt, CancellationToken cancellationToken) =>
        RowAppender.AppendAsync(db, "inbox_records", Columns, applied, (row, values) =>
        {
            values[0] = row.MessageId;
            values[1] = row.Handler;
            values[2] = processedAt;
        }, cancellationToken);
}
