using System.Diagnostics;
using System.Globalization;
using System.Text;
using CampusG.Messaging.Serialization;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Messaging.Outbox;

/// <summary>Builds outbox rows, and appends held ones with multi-row statements on the caller's transaction.</summary>
internal static class OutboxWriter
{
    private const int ColumnsPerRow = 8;

    // SQLite allows 32,766 parameters in a statement, PostgreSQL 65,535.
    private const int RowsPerStatement = 500;

    public static OutboxMessage Create<TMessage>(TimeProvider time, TMessage message, string correlationId, Guid? causationId)
        where TMessage : class
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(correlationId);
        var now = time.GetUtcNow();
        return new OutboxMessage
        {
            MessageId = Guid.CreateVersion7(now),
            Type = MessageName.Of<TMessage>(),
            CorrelationId = correlationId,
            CausationId = causationId,
            Traceparent = Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.Id : null,
            OccurredAt = now.UtcDateTime,
            Payload = EnvelopeSerializer.SerializePayload(message),
        };
    }

    /// <summary>
    /// Inserts <paramref name="rows"/> in order; the database numbers them (<see cref="OutboxMessage.Sequence"/>) in
    /// that order, which is the order the relay publishes them in.
    /// </summary>
    public static async Task AppendAsync(DbContext db, IReadOnlyList<OutboxMessage> rows, CancellationToken cancellationToken)
    {
        for (var start = 0; start < rows.Count; start += RowsPerStatement)
        {
            var count = Math.Min(RowsPerStatement, rows.Count - start);
            var sql = new StringBuilder(
                "INSERT INTO outbox_messages (\"MessageId\", \"Type\", \"CorrelationId\", \"CausationId\", \"Traceparent\", \"OccurredAt\", \"Payload\", \"Attempts\") VALUES ",
                160 + (count * 60));
            var values = new object?[count * ColumnsPerRow];
            for (var i = 0; i < count; i++)
            {
                var row = rows[start + i];
                var at = i * ColumnsPerRow;
                sql.Append(i == 0 ? "(" : ", (");
                for (var column = 0; column < ColumnsPerRow; column++)
                {
                    sql.Append(CultureInfo.InvariantCulture, $"{(column == 0 ? "" : ", ")}{{{at + column}}}");
                }

                sql.Append(')');
                values[at] = row.MessageId;
                values[at + 1] = row.Type;
                values[at + 2] = row.CorrelationId;
                values[at + 3] = row.CausationId;
                values[at + 4] = row.Traceparent;
                values[at + 5] = row.OccurredAt;
                values[at + 6] = row.Payload;
                values[at + 7] = 0;
            }

            await db.Database.ExecuteSqlRawAsync(sql.ToString(), values!, cancellationToken);
        }
    }
}
