using StackExchange.Redis;

namespace CampusG.Orders.ReadCache;

/// <summary>
/// One multiplexer per process, connected on first use. It never waits long on a dead server: short connect and
/// command timeouts, and commands fail at once while disconnected instead of queueing (it reconnects by itself).
/// </summary>
internal sealed class RedisConnection(string connectionString, ReadCacheOptions options) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    private ConnectionMultiplexer? _multiplexer;

    public async Task<IDatabase> DatabaseAsync(CancellationToken cancellationToken)
    {
        if (_multiplexer is { } connected)
        {
            return connected.GetDatabase();
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            _multiplexer ??= await ConnectionMultiplexer.ConnectAsync(Configuration());
            return _multiplexer.GetDatabase();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_multiplexer is not null)
        {
            await _multiplexer.DisposeAsync();
        }

        _gate.Dispose();
    }

    private ConfigurationOptions Configuration()
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        var timeout = (int)options.RedisTimeout.TotalMilliseconds;
        configuration.AbortOnConnectFail = false; // a server that is down now is retried in the background
        configuration.ConnectTimeout = timeout;
        configuration.SyncTimeout = timeout;
        configuration.AsyncTimeout = timeout;
        configuration.ConnectRetry = 1;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        return configuration;
    }
}
