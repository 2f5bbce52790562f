using CampusG.Messaging;
using CampusG.Tracking.Domain;
using CampusG.Tracking.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Tracking.Features;

/// <summary>The Log Service: records every message on the bus once, in arrival order, with its raw payload.</summary>
internal sealed class EventRecorder(TrackingDbContext db, TimeProvider time) : IEnvelopeHandler
{
    public async Task HandleAsync(Envelope envelope, IMessageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        // The inbox already drops redeliveries; this also covers a replayed dead letter.
        if (await db.EventLog.AnyAsync(e => e.MessageId == envelope.Id, cancellationToken))
        {
            return;
        }

        db.EventLog.Add(EventLogEntry.Record(
            envelope.Id,
            envelope.Type,
            envelope.CorrelationId,
            envelope.Source,
            envelope.Timestamp.UtcDateTime,
            envelope.Payload.GetRawText(),
            time.GetUtcNow().UtcDateTime));
    }
}
