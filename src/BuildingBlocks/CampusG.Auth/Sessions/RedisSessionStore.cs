using System.Collections.Concurrent;
using CampusG.ServiceDefaults.Errors;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CampusG.Auth.Sessions;

/// <summary>
/// Sessions in Redis, shared by every process of a distributed deployment: <c>{prefix}session:{id}</c> holds the
/// user id and expires with the token. Every check asks Redis, so a sign-out holds everywhere at once. While Redis
/// cannot be reached, a process keeps accepting the sessions it confirmed within <see cref="AuthOptions.SessionGrace"/>
/// (so an outage does not sign everybody out), refuses unknown ones, and refuses sign-in and sign-out with 503 (a
/// sign-out is never silently lost).
/// </summary>
internal sealed partial class RedisSessionStore(string connectionString, AuthOptions options, TimeProvider time, ILogger<RedisSessionStore> logger)
    : ISessionStore, IAsyncDisposable
{
    private const int PruneThreshold = 10_000;

    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _confirmed = new();

    // A server that is down at the first use is retried in the background rather than failing this store for good;
    // commands fail fast while it is down instead of queueing.
    private readonly Lazy<Task<ConnectionMultiplexer>> _connection = new(() =>
    {
        var configuration = ConfigurationOptions.Parse(connectionString);
        configuration.AbortOnConnectFail = false;
        configuration.ConnectTimeout = configuration.SyncTimeout = configuration.AsyncTimeout = 1000;
        configuration.BacklogPolicy = BacklogPolicy.FailFast;
        return ConnectionMultiplexer.ConnectAsync(configuration);
    });

    public async Task StartAsync(Guid sessionId, Guid userId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        try
        {
            await (await DatabaseAsync()).StringSetAsync(Key(sessionId), userId.ToString(), expiresAt - time.GetUtcNow());
            Confirm(sessionId);
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            throw Unavailable(e, "sign-in");
        }
    }

    public async ValueTask<bool> IsActiveAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        try
        {
            if (await (await DatabaseAsync()).KeyExistsAsync(Key(sessionId)))
            {
                Confirm(sessionId);
                return true;
            }

            _confirmed.TryRemove(sessionId, out _);
            return false;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            var known = _confirmed.TryGetValue(sessionId, out var at) && time.GetUtcNow() - at < options.SessionGrace;
            LogUnreachable(logger, e, known);
            return known;
        }
    }

    public async Task EndAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        _confirmed.TryRemove(sessionId, out _);
        try
        {
            await (await DatabaseAsync()).KeyDeleteAsync(Key(sessionId));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            throw Unavailable(e, "sign-out");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            await (await _connection.Value).DisposeAsync();
        }
    }

    private void Confirm(Guid sessionId)
    {
        var now = time.GetUtcNow();
        _confirmed[sessionId] = now;
        if (_confirmed.Count > PruneThreshold)
        {
            foreach (var stale in _confirmed.Where(c => now - c.Value >= options.SessionGrace))
            {
                _confirmed.TryRemove(stale.Key, out _);
            }
        }
    }

    private ApiException Unavailable(Exception e, string what)
    {
        LogUnreachable(logger, e, known: false);
        return new ApiException(503, "SESSION_STORE_UNAVAILABLE", $"The {what} could not be recorded; try again shortly.");
    }

    private async Task<IDatabase> DatabaseAsync() => (await _connection.Value).GetDatabase();

    private RedisKey Key(Guid sessionId) => $"{options.SessionKeyPrefix}session:{sessionId:N}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "The session store (Redis) is unreachable; a session this process confirmed recently is accepted: {Known}")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, bool known);
}
