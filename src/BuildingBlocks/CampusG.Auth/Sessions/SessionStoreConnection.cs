using Microsoft.Extensions.Hosting;

namespace CampusG.Auth.Sessions;

/// <summary>Opens the Redis session store when the process starts (see <see cref="RedisSessionStore.ConnectAsync"/>).</summary>
internal sealed class SessionStoreConnection(ISessionStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) =>
        store is RedisSessionStore redis ? redis.ConnectAsync() : Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
