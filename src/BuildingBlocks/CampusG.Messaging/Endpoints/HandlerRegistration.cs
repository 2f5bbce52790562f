using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Messaging.Endpoints;

/// <summary>One handler subscribed to one message type; invoking it needs no reflection.</summary>
internal abstract class HandlerRegistration(string messageType, Type payloadType, string handlerName)
{
    public string MessageType { get; } = messageType;

    public Type PayloadType { get; } = payloadType;

    /// <summary>The inbox key: stable across restarts, unique within the endpoint.</summary>
    public string HandlerName { get; } = handlerName;

    public abstract Task InvokeAsync(IServiceProvider services, object message, IMessageContext context, CancellationToken cancellationToken);
}

internal sealed class HandlerRegistration<TMessage, THandler>(string messageType, string handlerName)
    : HandlerRegistration(messageType, typeof(TMessage), handlerName)
    where TMessage : class
    where THandler : class, IMessageHandler<TMessage>
{
    public override Task InvokeAsync(IServiceProvider services, object message, IMessageContext context, CancellationToken cancellationToken) =>
        services.GetRequiredService<THandler>().HandleAsync((TMessage)message, context, cancellationToken);
}
