using Microsoft.EntityFrameworkCore;

namespace CampusG.Messaging.Outbox;

/// <summary>
/// Sends messages from outside a handler (an API endpoint): the rows join the module's
/// <typeparamref name="TDbContext"/> and go out only if its <c>SaveChanges</c> commits. Inside a message handler
/// the same scoped outbox holds its rows and appends them with multi-row statements just before the handler's transaction
/// commits (<see cref="TransactionAppends{TDbContext}"/>, decision 031): no change tracking, no key read back per row.
/// </summary>
public sealed class MessageOutbox<TDbContext> : IOutboxSink
    where TDbContext : DbContext
{
    private readonly TDbContext _db;
    private readonly TimeProvider _time;
    private readonly TransactionAppends<TDbContext> _appends;
    private readonly OutboxSignal<TDbContext> _signal;
    private readonly List<OutboxMessage> _held = [];

    internal MessageOutbox(TDbContext db, TimeProvider time, TransactionAppends<TDbContext> appends, OutboxSignal<TDbContext> signal)
    {
        _db = db;
        _time = time;
        _appends = appends;
        _signal = signal;
    }

    /// <summary>Queues <paramref name="message"/> about <paramref name="correlationId"/>; returns its message id.</summary>
    public Guid Send<TMessage>(TMessage message, string correlationId)
        where TMessage : class => Add(message, correlationId, causationId: null);

    Guid IOutboxSink.Add<TMessage>(TMessage message, string correlationId, Guid? causationId) => Add(message, correlationId, causationId);

    private Guid Add<TMessage>(TMessage message, string correlationId, Guid? causationId)
        where TMessage : class
    {
        var row = OutboxWriter.Create(_time, message, correlationId, causationId);
        if (!_appends.Holding)
        {
            _db.Set<OutboxMessage>().Add(row);
            return row.MessageId;
        }

        if (_held.Count == 0)
        {
            _appends.AfterCommit(_signal.Nudge);
        }

        // The database numbers the rows (Sequence) in send order, the order the relay publishes them in.
        _appends.Hold(_held, row, OutboxWriter.Add);
        return row.MessageId;
    }
}

/// <summary>Where a message context's sends go: the scope's <see cref="MessageOutbox{TDbContext}"/>.</summary>
internal interface IOutboxSink
{
    Guid Add<TMessage>(TMessage message, string correlationId, Guid? causationId)
        where TMessage : class;
}
