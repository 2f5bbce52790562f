using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Messaging.Endpoints;

/// <summary>One handler subscribed to one message type or topic pattern; invoking it needs no reflection.</summary>
internal abstract class HandlerRegistration(string binding, Type? payloadType, string handlerName)
{
    /// <summary>A wire name (<c>order.created</c>) or, for envelope handlers, a topic pattern (<c>#</c>).</summary>
    public string Binding { get; } = binding;

    /// <summary>The CLR payload type; null for handlers that take the raw envelope.</summary>
    public Type? PayloadType { get; } = payloadType;

    /// <summary>The inbox key: stable across restarts, unique within the endpoint.</summary>
    public string HandlerName { get; } = handlerName;

    public abstract Task InvokeAsync(IServiceProvider services, IncomingMessage message, IMessageContext context, CancellationToken cancellationToken);
}

internal sealed class HandlerRegistration<TMessage, THandler>(string messageType, string handlerName)
    : HandlerRegistration(messageType, typeof(TMessage), handlerName)
    where TMessage : class
    where THandler : class, IMessageHandler<TMessage>
{
    public override Task InvokeAsync(IServiceProvider services, IncomingMessage message, IMessageContext context, CancellationToken cancellationToken) =>
        services.GetRequiredService<THandler>().HandleAsync((TMessage)message.Payload!, context, cancellationToken);
}

internal sealed class EnvelopeHandlerRegistration<THandler>(string pattern, string handlerName)
    : HandlerRegistration(pattern, payloadType: null, handlerName)
    where THandler : class, IEnvelopeHandler
{
    public override Task InvokeAsync(IServiceProvider services, IncomingMessage message, IMessageContext context, CancellationToken cancellationToken) =>
        services.GetRequiredService<THandler>().HandleAsync(message.Envelope, context, cancellationToken);
}
