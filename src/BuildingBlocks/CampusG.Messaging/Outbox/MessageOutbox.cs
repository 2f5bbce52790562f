using Microsoft.EntityFrameworkCore;

namespace CampusG.Messaging.Outbox;

/// <summary>
/// Sends messages from outside a handler (an API endpoint): the rows join the module's
/// <typeparamref name="TDbContext"/> and go out only if its <c>SaveChanges</c> commits. Inside a message handler
/// the same scoped outbox holds its rows back and appends them in one statement just before the handler's
/// transaction commits (decision 031): no change tracking and no key read back per row.
/// </summary>
public sealed class MessageOutbox<TDbContext>(TDbContext db, TimeProvider time) : IOutboxSink
    where TDbContext : DbContext
{
    private List<OutboxMessage>? _held;

    /// <summary>Queues <paramref name="message"/> about <paramref name="correlationId"/>; returns its message id.</summary>
    public Guid Send<TMessage>(TMessage message, string correlationId)
        where TMessage : class => Add(message, correlationId, causationId: null);

    Guid IOutboxSink.Add<TMessage>(TMessage message, string correlationId, Guid? causationId) => Add(message, correlationId, causationId);

    /// <summary>From now on rows wait for <see cref="AppendHeldAsync"/> instead of joining the change tracker.</summary>
    internal void HoldUntilCommit() => _held ??= [];

    /// <summary>Appends the held rows on the open transaction, in the order they were sent; returns how many.</summary>
    internal async Task<int> AppendHeldAsync(CancellationToken cancellationToken)
    {
        if (_held is not { Count: > 0 } rows)
        {
            return 0;
        }

        await OutboxWriter.AppendAsync(db, rows, cancellationToken);
        _held = [];
        return rows.Count;
    }

    private Guid Add<TMessage>(TMessage message, string correlationId, Guid? causationId)
        where TMessage : class
    {
        var row = OutboxWriter.Create(time, message, correlationId, causationId);
        if (_held is null)
        {
            db.Set<OutboxMessage>().Add(row);
        }
        else
        {
            _held.Add(row);
        }

        return row.MessageId;
    }
}

/// <summary>Where a message context's sends go: the scope's <see cref="MessageOutbox{TDbContext}"/>.</summary>
internal interface IOutboxSink
{
    Guid Add<TMessage>(TMessage message, string correlationId, Guid? causationId)
        where TMessage : class;
}
