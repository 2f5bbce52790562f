namespace CampusG.Messaging;

/// <summary>
/// Handles one message type for one module. The messaging pipeline opens the module's
/// transaction, records the inbox entry and saves once the handler returns, so a handler
/// only changes its module's state and sends messages through <see cref="IMessageContext"/>.
/// </summary>
public interface IMessageHandler<in TMessage>
    where TMessage : class
{
    Task HandleAsync(TMessage message, IMessageContext context, CancellationToken cancellationToken);
}
