using System.Diagnostics;
using System.Globalization;
using CampusG.Bench.Modules;
using CampusG.Messaging.Serialization;
using CampusG.Messaging.Transport;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Bench.Measurement;

/// <summary>
/// Wraps the real transport: stamps each message when a relay hands it over (dispatch) and when the
/// transport accepts it (publish completes), and traces each relay's passes.
/// </summary>
internal sealed class TimedTransport(IMessageTransport inner, ChainRecorder recorder) : IMessageTransport
{
    private static readonly string OrderPlacedType = MessageName.Of<OrderPlaced>();

    public string Name => inner.Name;

    /// <summary>Each relay's passes, by the message type it publishes (fixed keys: read-only after construction).</summary>
    public Dictionary<string, RelayTrace> Relays { get; } = new(StringComparer.Ordinal)
    {
        [OrderPlacedType] = new RelayTrace(),
        [MessageName.Of<PaymentCaptured>()] = new RelayTrace(),
    };

    /// <summary>Replaces the registered <see cref="IMessageTransport"/> with a timed wrapper around it.</summary>
    public static void Decorate(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IMessageTransport));
        services.Remove(original);
        services.AddSingleton(sp => new TimedTransport(CreateInner(sp, original), sp.GetRequiredService<ChainRecorder>()));
        services.AddSingleton<IMessageTransport>(sp => sp.GetRequiredService<TimedTransport>());
    }

    public async Task PublishAsync(IReadOnlyList<TransportMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var relay = messages.Count > 0 ? Relays.GetValueOrDefault(messages[0].Type) : null;
        var startedAt = Stamp(messages, dispatched: true);
        relay?.Started(messages.Count, startedAt);
        await inner.PublishAsync(messages, cancellationToken);
        relay?.Finished(startedAt, Stamp(messages, dispatched: false));
    }

    public Task<IAsyncDisposable> SubscribeAsync(
        string endpoint, IReadOnlyCollection<string> messageTypes, IMessageReceiver receiver, CancellationToken cancellationToken) =>
        inner.SubscribeAsync(endpoint, messageTypes, receiver, cancellationToken);

    public Task<bool> IsHealthyAsync(CancellationToken cancellationToken) => inner.IsHealthyAsync(cancellationToken);

    private long Stamp(IReadOnlyList<TransportMessage> messages, bool dispatched)
    {
        var now = Stopwatch.GetTimestamp();
        foreach (var message in messages)
        {
            var isOrder = message.Type == OrderPlacedType;
            var stage = dispatched
                ? isOrder ? Stage.OrderDispatched : Stage.CaptureDispatched
                : isOrder ? Stage.OrderPublished : Stage.CapturePublished;
            recorder.Mark(int.Parse(message.CorrelationId, NumberStyles.None, CultureInfo.InvariantCulture), stage, now);
        }

        return now;
    }

    private static IMessageTransport CreateInner(IServiceProvider services, ServiceDescriptor original) =>
        original.ImplementationInstance as IMessageTransport
        ?? original.ImplementationFactory?.Invoke(services) as IMessageTransport
        ?? (IMessageTransport)ActivatorUtilities.CreateInstance(services, original.ImplementationType!);
}
