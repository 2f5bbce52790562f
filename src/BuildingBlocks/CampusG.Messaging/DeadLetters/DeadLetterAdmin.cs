namespace CampusG.Messaging.DeadLetters;

/// <summary>What operators see of a dead letter.</summary>
public sealed record DeadLetterView(
    Guid Id, string Queue, string Type, Guid? MessageId, string? Handler, string Error, int Attempts,
    DateTimeOffset FailedAt, string Status, DateTimeOffset? ReplayedAt)
{
    internal static DeadLetterView From(DeadLetter d) => new(
        d.Id, d.Queue, d.MessageType, d.MessageId, d.Handler, d.Error, d.Attempts,
        new DateTimeOffset(DateTime.SpecifyKind(d.FailedAt, DateTimeKind.Utc)), d.Status.ToString(),
        d.ReplayedAt is { } r ? new DateTimeOffset(DateTime.SpecifyKind(r, DateTimeKind.Utc)) : null);
}

public enum ReplayResult
{
    Accepted,
    NotFound,
    AlreadyReplayed,
}

/// <summary>One endpoint's dead letters.</summary>
internal interface IDeadLetterQueue
{
    Task<IReadOnlyList<DeadLetterView>> ListAsync(int limit, CancellationToken cancellationToken);

    Task<ReplayResult> ReplayAsync(Guid deadLetterId, CancellationToken cancellationToken);
}

/// <summary>The dead letters of every endpoint in this process, for operators.</summary>
public sealed class DeadLetterAdmin
{
    private readonly IDeadLetterQueue[] _queues;

    internal DeadLetterAdmin(IEnumerable<IDeadLetterQueue> queues) => _queues = [.. queues];

    public async Task<IReadOnlyList<DeadLetterView>> ListAsync(int limit, CancellationToken cancellationToken)
    {
        var all = new List<DeadLetterView>();
        foreach (var queue in _queues)
        {
            all.AddRange(await queue.ListAsync(limit, cancellationToken));
        }

        return [.. all.OrderByDescending(d => d.FailedAt).Take(limit)];
    }

    public async Task<ReplayResult> ReplayAsync(Guid deadLetterId, CancellationToken cancellationToken)
    {
        foreach (var queue in _queues)
        {
            var result = await queue.ReplayAsync(deadLetterId, cancellationToken);
            if (result != ReplayResult.NotFound)
            {
                return result;
            }
        }

        return ReplayResult.NotFound;
    }
}
