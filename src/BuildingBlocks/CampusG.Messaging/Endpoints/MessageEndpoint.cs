using System.Threading.Channels;
using CampusG.Messaging.Serialization;
using CampusG.Messaging.Telemetry;
using CampusG.Messaging.Transport;
using CampusG.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CampusG.Messaging.Endpoints;

/// <summary>
/// A module's inbound side: one queue, drained in batches. A batch is applied in one transaction
/// (one commit for many messages); if any handler in it fails, each message is handled alone with
/// retries, backoff and jitter, then dead-lettered. Messages of the queue are handled in arrival
/// order, which keeps order per correlation id.
/// </summary>
internal sealed partial class MessageEndpoint<TDbContext> : BackgroundService, IMessageReceiver
    where TDbContext : DbContext
{
    private readonly Channel<Delivery> _queue = Channel.CreateUnbounded<Delivery>(new UnboundedChannelOptions { SingleReader = true });
    private readonly IReadOnlyList<HandlerRegistration> _registrations;
    private readonly Dictionary<string, HandlerRegistration[]> _handlersByType = new(StringComparer.Ordinal);
    private readonly IServiceScopeFactory _scopes;
    private readonly IMessageTransport _transport;
    private readonly MessagingOptions _options;
    private readonly TimeProvider _time;
    private readonly MessagingMetrics _metrics;
    private readonly WriteGate<TDbContext> _writes;
    private readonly ILogger _logger;
    private IAsyncDisposable? _subscription;

    public MessageEndpoint(
        string name,
        IReadOnlyList<HandlerRegistration> handlers,
        IServiceScopeFactory scopes,
        IMessageTransport transport,
        IOptions<MessagingOptions> options,
        TimeProvider time,
        MessagingMetrics metrics,
        WriteGate<TDbContext> writes,
        ILogger<MessageEndpoint<TDbContext>> logger)
    {
        _writes = writes;

        Name = name;
        _registrations = handlers;
        _scopes = scopes;
        _transport = transport;
        _options = options.Value;
        _time = time;
        _metrics = metrics;
        _logger = logger;
    }

    public string Name { get; }

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        var bindings = _registrations.Select(h => h.Binding).Distinct(StringComparer.Ordinal).ToList();
        if (bindings.Count > 0)
        {
            _subscription = await _transport.SubscribeAsync(Name, bindings, this, cancellationToken);
        }

        await base.StartAsync(cancellationToken);
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_subscription is not null)
        {
            await _subscription.DisposeAsync();
        }

        await base.StopAsync(cancellationToken);
        // ExecuteAsync may never have run (a host stopped right after starting): refuse from now on.
        RefuseDeliveries([]);
    }

    public Task ReceiveAsync(TransportMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var delivery = new Delivery(message.Body);
        return Enqueue(delivery) ? delivery.Outcome : Task.FromCanceled(new CancellationToken(canceled: true));
    }

    private bool Enqueue(Delivery delivery) => _queue.Writer.TryWrite(delivery);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<Delivery>(_options.ConsumerBatchSize);
        try
        {
            await RequeueRequestedReplaysAsync(stoppingToken);
            while (await _queue.Reader.WaitToReadAsync(stoppingToken))
            {
                while (batch.Count < _options.ConsumerBatchSize && _queue.Reader.TryRead(out var delivery))
                {
                    batch.Add(delivery);
                }

                try
                {
                    await ProcessAsync(batch, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // e.g. the database is unreachable even for a dead letter: hand everything back
                    MessagingLog.BatchAbandoned(_logger, ex, Name, batch.Count);
                    batch.ForEach(d => d.Abandon());
                    await Task.Delay(_options.RetryMaxDelay / 10, _time, stoppingToken);
                }

                batch.Clear();
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // stopping: whatever is not finished is delivered again after the restart
        }
        finally
        {
            RefuseDeliveries(batch);
        }
    }

    /// <summary>Stops taking deliveries and hands back every one not dealt with, to be delivered again.</summary>
    private void RefuseDeliveries(List<Delivery> unfinished)
    {
        _queue.Writer.TryComplete();
        unfinished.ForEach(d => d.Abandon());
        while (_queue.Reader.TryRead(out var left))
        {
            left.Abandon();
        }
    }

    private async Task ProcessAsync(List<Delivery> batch, CancellationToken cancellationToken)
    {
        var incoming = new List<IncomingMessage>(batch.Count);
        foreach (var delivery in batch)
        {
            if (await TryReadAsync(delivery, cancellationToken) is { } message)
            {
                incoming.Add(message);
            }
        }

        if (incoming.Count > 1 && await TryHandleTogetherAsync(incoming, cancellationToken))
        {
            foreach (var message in incoming)
            {
                await FinishAsync(message.Delivery, cancellationToken);
            }

            return;
        }

        foreach (var message in incoming)
        {
            await HandleAloneAsync(message, cancellationToken);
            await FinishAsync(message.Delivery, cancellationToken);
        }
    }

    // Only the consumer loop calls this, so the cache needs no lock.
    private HandlerRegistration[] HandlersFor(string type)
    {
        if (!_handlersByType.TryGetValue(type, out var handlers))
        {
            handlers = [.. _registrations.Where(h => h.Binding == type || (TopicPattern.IsPattern(h.Binding) && TopicPattern.Matches(h.Binding, type)))];
            if (handlers.Where(h => h.PayloadType is not null).Select(h => h.PayloadType).Distinct().Count() > 1)
            {
                throw new InvalidOperationException($"Endpoint '{Name}' maps '{type}' to more than one CLR type.");
            }

            _handlersByType[type] = handlers;
        }

        return handlers;
    }

    /// <summary>Reads the envelope and payload; a message that cannot be read is dead-lettered at once.</summary>
    private async Task<IncomingMessage?> TryReadAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        Envelope? envelope = null;
        try
        {
            envelope = EnvelopeSerializer.Read(delivery.Body);
            var handlers = HandlersFor(envelope.Type);
            if (handlers.Length == 0)
            {
                throw new InvalidOperationException($"Endpoint '{Name}' has no handler for '{envelope.Type}'.");
            }

            var payloadType = Array.Find(handlers, h => h.PayloadType is not null)?.PayloadType;
            var payload = payloadType is null ? null : EnvelopeSerializer.DeserializePayload(envelope.Payload, payloadType);
            return new IncomingMessage(delivery, envelope, payload, handlers);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await DeadLetterAsync(delivery, envelope, handler: null, ex, attempts: 1, cancellationToken);
            await FinishAsync(delivery, cancellationToken);
            return null;
        }
    }
}
