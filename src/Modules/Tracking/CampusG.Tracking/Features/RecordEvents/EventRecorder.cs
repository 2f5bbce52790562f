using CampusG.Messaging;
using CampusG.Messaging.Privacy;
using CampusG.Tracking.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Tracking.Features;

/// <summary>
/// The Log Service: records every message on the bus once, in arrival order, with its payload less the fields its
/// contract marks sensitive (gateway tokens, card details), so the stored log holds no secret.
/// </summary>
/// <remarks>
/// Every message of every saga comes through here, so it is one plain insert and no change tracking. The inbox
/// already drops redeliveries; the unique message id also covers a replayed dead letter (the conflict is ignored).
/// </remarks>
internal sealed class EventRecorder(TrackingDbContext db, MessageCatalog catalog, TimeProvider time) : IEnvelopeHandler
{
    public async Task HandleAsync(Envelope envelope, IMessageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var (timestamp, payload, recordedAt) = (envelope.Timestamp.UtcDateTime, PayloadRedaction.ForRecord(envelope.Payload, catalog.PrivacyOf(envelope.Type)), time.GetUtcNow().UtcDateTime);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO event_log ("MessageId", "Type", "CorrelationId", "Source", "Timestamp", "Payload", "RecordedAt")
            VALUES ({envelope.Id}, {envelope.Type}, {envelope.CorrelationId}, {envelope.Source}, {timestamp}, {payload}, {recordedAt})
            ON CONFLICT ("MessageId") DO NOTHING
            """,
            cancellationToken);
    }
}
