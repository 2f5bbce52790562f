using CampusG.Messaging.Outbox;

namespace CampusG.Messaging.Endpoints;

internal sealed class MessageContext(Envelope envelope, int attempt, IOutboxSink outbox) : IMessageContext
{
    public Guid MessageId => envelope.Id;

    public string MessageType => envelope.Type;

    public string CorrelationId => envelope.CorrelationId;

    public Guid? CausationId => envelope.CausationId;

    public DateTimeOffset Timestamp => envelope.Timestamp;

    public int Attempt => attempt;

    public void Send<TMessage>(TMessage message, string? correlationId = null)
        where TMessage : class =>
        outbox.Add(message, correlationId ?? envelope.CorrelationId, causationId: envelope.Id);
}
