using System.Diagnostics;
using CampusG.Messaging.Serialization;
using CampusG.Persistence;

namespace CampusG.Messaging.Outbox;

/// <summary>Builds outbox rows, and adds held ones to the multi-row statements run before a handler's commit.</summary>
internal static class OutboxWriter
{
    private static readonly string[] Columns =
        ["MessageId", "Type", "CorrelationId", "CausationId", "Traceparent", "OccurredAt", "Payload", "Attempts"];

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
    /// Adds <paramref name="rows"/> to <paramref name="batch"/> in order; the database numbers them
    /// (<see cref="OutboxMessage.Sequence"/>) in that order, which is the order the relay publishes them in.
    /// </summary>
    public static void Add(AppendBatch batch, IReadOnlyList<OutboxMessage> rows) =>
        batch.Add("outbox_messages", Columns, rows, (row, values) =>
        {
            values[0] = row.MessageId;
            values[1] = row.Type;
            values[2] = row.CorrelationId;
            values[3] = row.CausationId;
            values[4] = row.Traceparent;
            values[5] = row.OccurredAt;
            values[6] = row.Payload;
            values[7] = row.Attempts;
        });
}
