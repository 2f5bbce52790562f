using System.Text;
using CampusG.Messaging.DeadLetters;
using CampusG.Messaging.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.Messaging.Endpoints;

internal sealed partial class MessageEndpoint<TDbContext> : IDeadLetterQueue
{
    public async Task<IReadOnlyList<DeadLetterView>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var rows = await db.Set<DeadLetter>().AsNoTracking()
            .OrderByDescending(d => d.FailedAt)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return rows.ConvertAll(DeadLetterView.From);
    }

    public async Task<ReplayResult> ReplayAsync(Guid deadLetterId, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var letters = db.Set<DeadLetter>().Where(d => d.Id == deadLetterId);
        // Guarded, so two operators pressing replay at once deliver it once.
        var claimed = await letters.Where(d => d.Status == DeadLetterStatus.Failed)
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.Status, DeadLetterStatus.ReplayRequested), cancellationToken);
        if (claimed == 0)
        {
            return await letters.AnyAsync(cancellationToken) ? ReplayResult.AlreadyReplayed : ReplayResult.NotFound;
        }

        var body = await letters.Select(d => d.Envelope).SingleAsync(cancellationToken);
        MessagingLog.Replaying(_logger, Name, deadLetterId);
        Enqueue(new Delivery(Encoding.UTF8.GetBytes(body), deadLetterId));
        return ReplayResult.Accepted;
    }

    /// <summary>Replays that were requested but not finished before a stop are queued again.</summary>
    private async Task RequeueRequestedReplaysAsync(CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var pending = await db.Set<DeadLetter>().AsNoTracking()
            .Where(d => d.Status == DeadLetterStatus.ReplayRequested)
            .Select(d => new { d.Id, d.Envelope })
            .ToListAsync(cancellationToken);
        pending.ForEach(p => Enqueue(new Delivery(Encoding.UTF8.GetBytes(p.Envelope), p.Id)));
    }

    private async Task DeadLetterAsync(
        Delivery delivery, Envelope? envelope, string? handler, Exception error, int attempts, CancellationToken cancellationToken)
    {
        await using var scope = _scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
        var now = _time.GetUtcNow();
        db.Set<DeadLetter>().Add(new DeadLetter
        {
            Id = Guid.CreateVersion7(now),
            Queue = Name,
            Handler = handler,
            MessageId = envelope?.Id,
            MessageType = envelope?.Type ?? "unreadable",
            Envelope = Encoding.UTF8.GetString(delivery.Body.Span),
            Error = error.Message,
            StackTrace = error.ToString(),
            Attempts = attempts,
            FailedAt = now.UtcDateTime,
            Status = DeadLetterStatus.Failed,
        });
        await db.SaveChangesAsync(cancellationToken);
        MessagingLog.DeadLettered(_logger, error, Name, envelope?.Type ?? "unreadable", envelope?.Id, attempts);
        _metrics.DeadLettered(Name, envelope?.Type ?? "unreadable");
    }

    /// <summary>Acknowledges a delivery; a finished replay marks its dead letter as replayed.</summary>
    private async Task FinishAsync(Delivery delivery, CancellationToken cancellationToken)
    {
        if (delivery.ReplayOf is { } deadLetterId)
        {
            await using var scope = _scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<TDbContext>();
            var now = _time.GetUtcNow().UtcDateTime;
            await db.Set<DeadLetter>().Where(d => d.Id == deadLetterId).ExecuteUpdateAsync(
                s => s.SetProperty(d => d.Status, DeadLetterStatus.Replayed).SetProperty(d => d.ReplayedAt, now),
                cancellationToken);
        }

        delivery.Complete();
    }
}
