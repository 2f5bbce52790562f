using System.Diagnostics;
using CampusG.Messaging.Serialization;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Messaging.Outbox;

/// <summary>Adds outbox rows to a module's DbContext; they commit with the caller's own changes.</summary>
internal static class OutboxWriter
{
    public static Guid Add<TMessage>(
        DbContext db, TimeProvider time, TMessage message, string correlationId, Guid? causationId)
        where TMessage : class
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentException.ThrowIfNullOrEmpty(correlationId);
        var id = Guid.CreateVersion7(time.GetUtcNow());
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            MessageId = id,
            Type = MessageName.Of<TMessage>(),
            CorrelationId = correlationId,
            CausationId = causationId,
            Traceparent = Activity.Current is { IdFormat: ActivityIdFormat.W3C } activity ? activity.Id : null,
            OccurredAt = time.GetUtcNow().UtcDateTime,
            Payload = EnvelopeSerializer.SerializePayload(message),
        });
        return id;
    }
}
