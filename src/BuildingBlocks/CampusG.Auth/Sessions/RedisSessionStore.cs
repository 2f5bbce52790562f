using System.Collections.Concurrent;
using CampusG.ServiceDefaults.Errors;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace CampusG.Auth.Sessions;

/// <summary>
/// Sessions in Redis, shared by every process of a distributed deployment: <c>{prefix}session:{id}</c> holds the
/// user id and expires with the token. Every check asks Redis, so a sign-out holds everywhere at once.
/// <para>
/// A sign-out is also announced on <c>{prefix}sessions-ended</c>, and every process remembers the sessions it saw
/// end for one token lifetime. While Redis cannot be reached, a process keeps accepting well-signed tokens whose
/// session it has not seen end, for at most <see cref="AuthOptions.SessionGrace"/> from the start of the outage (so
/// an outage does not sign everybody out), and refuses sign-in and sign-out with 503 (a sign-out is never silently
/// lost). After the grace every token is refused until Redis answers again.
/// </para>
/// </summary>
internal sealed partial class RedisSessionStore(string connectionString, AuthOptions options, TimeProvider time, ILogger<RedisSessionStore> logger)
    : ISessionStore, IAsyncDisposable
{
    private const int PruneThreshold = 10_000;

    // Sessions this process saw end (its own sign-outs and those announced by the others), until no token of theirs
    // can still be valid.
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _ended = new();
    private readonly Lock _outageLock = new();
    private DateTimeOffset? _outageSince;
    private int _subscribed;

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

    private RedisChannel EndedChannel => RedisChannel.Literal($"{options.SessionKeyPrefix}sessions-ended");

    public async Task StartAsync(Guid sessionId, Guid userId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        try
        {
            await (await DatabaseAsync()).StringSetAsync(Key(sessionId), userId.ToString(), expiresAt - time.GetUtcNow());
            Answered();
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
            var active = await (await DatabaseAsync()).KeyExistsAsync(Key(sessionId));
            Answered();
            return active;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            var accepted = !_ended.ContainsKey(sessionId) && time.GetUtcNow() - OutageSince() < options.SessionGrace;
            LogUnreachable(logger, e, accepted);
            return accepted;
        }
    }

    public async Task EndAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        Remember(sessionId);
        try
        {
            var database = await DatabaseAsync();
            await database.KeyDeleteAsync(Key(sessionId));
            await database.PublishAsync(EndedChannel, sessionId.ToString("N"));
            Answered();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            throw Unavailable(e, "sign-out");
        }
    }

    /// <summary>
    /// Connects and listens for sign-outs at start-up, so the process knows of those that happen before its first
    /// request; when Redis is down now, the first command that reaches it subscribes.
    /// </summary>
    public async Task ConnectAsync()
    {
        try
        {
            await DatabaseAsync();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogUnreachable(logger, e, accepted: false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_connection.IsValueCreated)
        {
            await (await _connection.Value).DisposeAsync();
        }
    }

    private async Task<IDatabase> DatabaseAsync()
    {
        var connection = await _connection.Value;
        if (Volatile.Read(ref _subscribed) == 0 && connection.IsConnected)
        {
            await SubscribeAsync(connection);
        }

        return connection.GetDatabase();
    }

    // Once subscribed, the client renews the subscription itself after a reconnect.
    private async Task SubscribeAsync(ConnectionMultiplexer connection)
    {
        if (Interlocked.Exchange(ref _subscribed, 1) == 1)
        {
            return;
        }

        try
        {
            await connection.GetSubscriber().SubscribeAsync(EndedChannel, (_, message) =>
            {
                if (Guid.TryParseExact(message.ToString(), "N", out var sessionId))
                {
                    Remember(sessionId);
                }
            });
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            Volatile.Write(ref _subscribed, 0);
            throw;
        }
    }

    private void Remember(Guid sessionId)
    {
        var now = time.GetUtcNow();
        _ended[sessionId] = now + options.TokenLifetime;
        if (_ended.Count > PruneThreshold)
        {
            foreach (var gone in _ended.Where(e => e.Value <= now))
            {
                _ended.TryRemove(gone.Key, out _);
            }
        }
    }

    private void Answered()
    {
        lock (_outageLock)
        {
            _outageSince = null;
        }
    }

    private DateTimeOffset OutageSince()
    {
        lock (_outageLock)
        {
            return _outageSince ??= time.GetUtcNow();
        }
    }

    private ApiException Unavailable(Exception e, string what)
    {
        LogUnreachable(logger, e, accepted: false);
        return new ApiException(503, "SESSION_STORE_UNAVAILABLE", $"The {what} could not be recorded; try again shortly.");
    }

    private RedisKey Key(Guid sessionId) => $"{options.SessionKeyPrefix}session:{sessionId:N}";

    [LoggerMessage(Level = LogLevel.Warning, Message = "The session store (Redis) is unreachable; a token whose session this process has not seen end is accepted during the grace: {Accepted}")]
    private static partial void LogUnreachable(ILogger logger, Exception exception, bool accepted);
}
