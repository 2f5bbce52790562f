using CampusG.Messaging;
using CampusG.Messaging.Outbox;
using CampusG.Sagas.Persistence;

namespace CampusG.Sagas.Engine;

/// <summary>Sends through the handled message's context: same transaction, the message named as the cause.</summary>
internal sealed class ContextCommandSink(IMessageContext context) : ICommandSink
{
    public void Send<TMessage>(TMessage message)
        where TMessage : class => context.Send(message);
}

/// <summary>Sends through the module outbox, for commands that no message caused (a step deadline passed).</summary>
internal sealed class OutboxCommandSink(MessageOutbox<SagasDbContext> outbox, string correlationId) : ICommandSink
{
    public void Send<TMessage>(TMessage message)
        where TMessage : class => outbox.Send(message, correlationId);
}
