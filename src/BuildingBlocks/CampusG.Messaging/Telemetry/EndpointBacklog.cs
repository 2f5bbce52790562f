using CampusG.Hosting.Telemetry;
using CampusG.Messaging.DeadLetters;
using CampusG.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampusG.Messaging.Telemetry;

/// <summary>What one module's messaging tables hold now: its unpublished outbox rows and its stored dead letters.</summary>
internal interface IEndpointBacklog
{
    string Endpoint { get; }

    EndpointBacklog? Current { get; }
}

/// <param name="OldestPendingAge">How long ago the oldest unpublished row was written; zero when none is.</param>
internal sealed record EndpointBacklog(int PendingOutbox, TimeSpan OldestPendingAge, IReadOnlyDictionary<DeadLetterStatus, int> DeadLetters);

/// <summary>Reads <see cref="EndpointBacklog"/> from <typeparamref name="TDbContext"/> every <c>Telemetry:GaugeInterval</c>.</summary>
internal sealed class EndpointBacklogReading<TDbContext>(
    string endpoint, IServiceScopeFactory scopes, IConfiguration configuration, TimeProvider time, ILogger<EndpointBacklogReading<TDbContext>> logger)
    : PeriodicReading<EndpointBacklog>(Interval(configuration), time, logger), IEndpointBacklog
    where TDbContext : DbContext
{
    private readonly TimeProvider _time = time;

    public string Endpoint => endpoint;

    protected override async Task<EndpointBacklog> ReadAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var unpublished = db.Set<OutboxMessage>().AsNoTracking().Where(m => m.PublishedAt == null);
        var pending = await unpublished.CountAsync(cancellationToken);
        var oldest = await unpublished.OrderBy(m => m.Sequence).Select(m => (DateTime?)m.OccurredAt).FirstOrDefaultAsync(cancellationToken);
        var deadLetters = await db.Set<DeadLetter>().AsNoTracking()
            .GroupBy(d => d.Status)
            .Select(g => new { Status = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Status, g => g.Count, cancellationToken);
        var age = oldest is { } at ? _time.GetUtcNow().UtcDateTime - at : TimeSpan.Zero;
        return new EndpointBacklog(pending, age < TimeSpan.Zero ? TimeSpan.Zero : age, deadLetters);
    }
}
