using CampusG.Messaging;
using CampusG.Messaging.Privacy;
using CampusG.Persistence;
using CampusG.Tracking.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Tracking.Features;

/// <summary>
/// The Log Service: records every message on the bus once, in arrival order, with its payload less the fields its
/// contract marks sensitive (gateway tokens, card details), so the stored log holds no secret.
/// </summary>
/// <remarks>
/// Every message of every saga comes through here, so a line is a plain row, never tracked: inside the message
/// endpoint's transaction the lines of a batch are held and go in with the batch's other appended rows just before
/// its commit (decision 035); nothing in the transaction reads the log back. The inbox already drops redeliveries; the
/// unique message id also covers a replayed dead letter (the conflict is ignored).
/// </remarks>
internal sealed class EventRecorder(TrackingDbContext db, TransactionAppends<TrackingDbContext> appends, MessageCatalog catalog, TimeProvider time)
    : IEnvelopeHandler
{
    private static readonly string[] Columns = ["MessageId", "Type", "CorrelationId", "Source", "Timestamp", "Payload", "RecordedAt"];

    private readonly List<Line> _held = [];

    public async Task HandleAsync(Envelope envelope, IMessageContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var line = new Line(envelope, PayloadRedaction.ForRecord(envelope.Payload, catalog.PrivacyOf(envelope.Type)), time.GetUtcNow().UtcDateTime);
        if (appends.Holding)
        {
            appends.Hold(_held, line, Add);
            return;
        }

        var batch = new AppendBatch();
        Add(batch, [line]);
        await batch.ExecuteAsync(db, cancellationToken);
    }

    private static void Add(AppendBatch batch, IReadOnlyList<Line> lines) =>
        batch.Add("event_log", Columns, lines, (line, values) =>
        {
            values[0] = line.Envelope.Id;
            values[1] = line.Envelope.Type;
            values[2] = line.Envelope.CorrelationId;
            values[3] = line.Envelope.Source;
            values[4] = line.Envelope.Timestamp.UtcDateTime;
            values[5] = line.Payload;
            values[6] = line.RecordedAt;
        }, onConflict: """ON CONFLICT ("MessageId") DO NOTHING""");

    private sealed record Line(Envelope Envelope, string Payload, DateTime RecordedAt);
}
