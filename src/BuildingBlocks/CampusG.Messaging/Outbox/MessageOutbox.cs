using Microsoft.EntityFrameworkCore;

namespace CampusG.Messaging.Outbox;

/// <summary>
/// Sends messages from outside a handler (an API endpoint): the rows join the module's
/// <typeparamref name="TDbContext"/> and go out only if its <c>SaveChanges</c> commits.
/// </summary>
public sealed class MessageOutbox<TDbContext>(TDbContext db, TimeProvider time)
    where TDbContext : DbContext
{
    /// <summary>Queues <paramref name="message"/> about <paramref name="correlationId"/>; returns its message id.</summary>
    public Guid Send<TMessage>(TMessage message, string correlationId)
        where TMessage : class => OutboxWriter.Add(db, time, message, correlationId, causationId: null);
}
