using CampusG.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Messaging.Endpoints;

internal sealed class MessageContext(Envelope envelope, int attempt, DbContext db, TimeProvider time) : IMessageContext
{
    public Guid MessageId => envelope.Id;

    public string MessageType => envelope.Type;

    public string CorrelationId => envelope.CorrelationId;

    public Guid? CausationId => envelope.CausationId;

    public DateTimeOffset Timestamp => envelope.Timestamp;

    public int Attempt => attempt;

    public void Send<TMessage>(TMessage message, string? correlationId = null)
        where TMessage : class =>
        OutboxWriter.Add(db, time, message, correlationId ?? envelope.CorrelationId, causationId: envelope.Id);
}
