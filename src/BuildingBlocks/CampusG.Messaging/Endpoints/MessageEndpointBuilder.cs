using CampusG.Messaging.Serialization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CampusG.Messaging.Endpoints;

/// <summary>Subscribes a module's handlers: <c>endpoint.Handle&lt;OrderCreated, StartCreateOrderSaga&gt;()</c>.</summary>
public sealed class MessageEndpointBuilder
{
    private readonly IServiceCollection _services;
    private readonly List<HandlerRegistration> _handlers;

    internal MessageEndpointBuilder(string name, IServiceCollection services, List<HandlerRegistration> handlers)
    {
        Name = name;
        _services = services;
        _handlers = handlers;
    }

    /// <summary>The endpoint (queue) name: the module's name in lower case.</summary>
    public string Name { get; }

    /// <param name="handlerName">
    /// The inbox key (stable across restarts); by default the handler's type name. A generic handler names itself,
    /// since a closed generic type's name spells out its type arguments' assemblies.
    /// </param>
    public MessageEndpointBuilder Handle<TMessage, THandler>(string? handlerName = null)
        where TMessage : class
        where THandler : class, IMessageHandler<TMessage>
    {
        handlerName ??= typeof(THandler).FullName ?? typeof(THandler).Name;
        if (_handlers.Exists(h => h.HandlerName == handlerName && h.PayloadType == typeof(TMessage)))
        {
            throw new InvalidOperationException($"{handlerName} is subscribed to {typeof(TMessage).Name} twice in endpoint '{Name}'.");
        }

        _services.TryAddScoped<THandler>();
        _handlers.Add(new HandlerRegistration<TMessage, THandler>(MessageName.Of<TMessage>(), handlerName));
        return this;
    }

    /// <summary>Subscribes an envelope handler to every message type matching <paramref name="pattern"/> (<c>#</c>: all).</summary>
    public MessageEndpointBuilder HandleAll<THandler>(string pattern = "#")
        where THandler : class, IEnvelopeHandler
    {
        _services.TryAddScoped<THandler>();
        _handlers.Add(new EnvelopeHandlerRegistration<THandler>(pattern, typeof(THandler).FullName ?? typeof(THandler).Name));
        return this;
    }
}
