using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace CampusG.Messaging.RabbitMq;

/// <summary>
/// The process's one connection to the broker, opened on first use. The client reconnects by itself and
/// redeclares what was declared through it (exchanges, queues, bindings, consumers, prefetch).
/// Only the first connect can fail outright; a later call tries again.
/// </summary>
internal sealed class RabbitMqConnection(IOptions<RabbitMqTransportOptions> options, ILogger<RabbitMqConnection> logger)
    : IAsyncDisposable, IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly RabbitMqTransportOptions _options = options.Value;
    private IConnection? _connection;
    private bool _disposed;
    private volatile bool _recovering;

    public bool IsOpen => _connection?.IsOpen == true;

    /// <summary>From a lost connection until the client's recovery has brought back its channels and consumers.</summary>
    public bool Recovering => _recovering;

    public async Task<IConnection> GetAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } connection)
        {
            return connection;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            return _connection ??= await ConnectAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// A channel, with publisher confirms tracked by the client when <paramref name="confirmed"/>. Its consumer
    /// is dispatched one delivery at a time on purpose: the handler only hands the delivery to the endpoint
    /// and returns, so deliveries still pile up in the endpoint and are batched, yet reach it in queue order,
    /// which concurrent dispatch would not keep (per-correlation-id order).
    /// </summary>
    public async Task<IChannel> CreateChannelAsync(bool confirmed, CancellationToken cancellationToken) =>
        await (await GetAsync(cancellationToken)).CreateChannelAsync(
            new CreateChannelOptions(confirmed, confirmed, consumerDispatchConcurrency: 1), cancellationToken);

    private async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var uri = _options.ConnectionString
            ?? throw new InvalidOperationException("The RabbitMQ transport needs ConnectionStrings:RabbitMq (an amqp:// URI).");
        var factory = new ConnectionFactory
        {
            Uri = new Uri(uri),
            AutomaticRecoveryEnabled = true,
            TopologyRecoveryEnabled = true,
            NetworkRecoveryInterval = _options.RecoveryInterval,
            ClientProvidedName = _options.ConnectionName,
        };
        var connection = await factory.CreateConnectionAsync(cancellationToken);
        connection.ConnectionShutdownAsync += OnShutdownAsync;
        connection.RecoverySucceededAsync += OnRecoveredAsync;
        RabbitMqLog.Connected(logger, connection.Endpoint.ToString(), _options.ConnectionName);
        return connection;
    }

    private Task OnShutdownAsync(object sender, ShutdownEventArgs args)
    {
        if (args.Initiator != ShutdownInitiator.Application)
        {
            _recovering = true;
            RabbitMqLog.ConnectionLost(logger, args.ReplyText);
        }

        return Task.CompletedTask;
    }

    private Task OnRecoveredAsync(object sender, AsyncEventArgs args)
    {
        _recovering = false;
        RabbitMqLog.ConnectionRecovered(logger);
        return Task.CompletedTask;
    }

    /// <summary>Closes the connection gracefully; the broker requeues whatever was delivered and not acknowledged.</summary>
    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            _disposed = true;
            if (_connection is { } connection)
            {
                _connection = null;
                await connection.CloseAsync(TimeSpan.FromSeconds(5));
                await connection.DisposeAsync();
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    // The service provider's synchronous Dispose needs this; hosts close through DisposeAsync.
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
