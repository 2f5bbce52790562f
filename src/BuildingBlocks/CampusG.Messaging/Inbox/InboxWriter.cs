using CampusG.Persistence;

namespace CampusG.Messaging.Inbox;

/// <summary>
/// Adds a transaction's inbox rows to the multi-row statements run just before it commits (<see cref="AppendBatch"/>):
/// no change tracking for rows that are never read back as entities.
/// </summary>
internal static class InboxWriter
{
    private static readonly string[] Columns = ["MessageId", "Handler", "ProcessedAt"];

    public static void Add(AppendBatch batch, IReadOnlyList<(Guid MessageId, string Handler)> applied, DateTime processedAt) =>
        batch.Add("inbox_records", Columns, applied, (row, values) =>
        {
            values[0] = row.MessageId;
            values[1] = row.Handler;
            values[2] = processedAt;
        });
}
