using StackExchange.Redis;

namespace CampusG.ServiceDefaults.Auth.Sessions;

/// <summary>
/// Sessions in Redis, shared by every process of a distributed deployment: <c>{prefix}session:{id}</c> holds the
/// user id and expires with the token. Every check asks Redis (no cache), so a sign-out holds everywhere at once.
/// </summary>
internal sealed class RedisSessionStore(string connectionString, string keyPrefix, TimeProvider time) : ISessionStore, IAsyncDisposable
{
    // A server that is down at the first use is retried in the background rather than failing this store for good.
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() =>
    {
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        return ConnectionMultiplexer.ConnectAsync(options);
    });

    public async Task StartAsync(Guid sessionId, Guid userId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var database = await DatabaseAsync();
        await database.StringSetAsync(Key(sessionId), userId.ToString(), expiresAt - time.GetUtcNow());
    }

    public async ValueTask<bool> IsActiveAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await (await DatabaseAsync()).KeyExistsAsync(Key(sessionId));

    public async Task EndAsync(Guid sessionId, CancellationToken cancellationToken) =>
        await (await DatabaseAsync()).KeyDeleteAsync(Key(sessionId));

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            await (await _connection.Value).DisposeAsync();
        }
    }

    private async Task<IDatabase> DatabaseAsync() => (await _connection.Value).GetDatabase();

    private RedisKey Key(Guid sessionId) => $"{keyPrefix}session:{sessionId:N}";
}
