using CampusG.Messaging.Outbox;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

/// <summary>
/// Applies one guarded change to an order for an API call: load, decide, write the outbox and commit in one
/// transaction (SQLite: BEGIN IMMEDIATE, so racing writers queue). The <see cref="Order.Version"/> token backs
/// this up where transactions do not serialize (PostgreSQL): a lost race is retried against fresh state, so the
/// change decides again and the loser gets the answer that state calls for.
/// </summary>
internal sealed class OrderChangeTransaction(OrdersDbContext db, MessageOutbox<OrdersDbContext> outbox, TimeProvider time)
{
    private const int MaxAttempts = 3;

    public MessageOutbox<OrdersDbContext> Outbox => outbox;

    /// <summary>
    /// Runs <paramref name="change"/> on the order (tracked, with its timeline; null when it does not exist) and
    /// commits what it did. The change throws an <c>ApiException</c> to refuse.
    /// </summary>
    public async Task<Order> ChangeAsync(Guid orderId, Func<Order?, DateTime, Task> change, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var order = await db.FindWithTimelineAsync(orderId, cancellationToken);
            await change(order, time.GetUtcNow().UtcDateTime);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return order ?? throw OrderErrors.NotFound(orderId);
            }
            catch (DbUpdateConcurrencyException) when (attempt < MaxAttempts)
            {
                await transaction.RollbackAsync(cancellationToken);
            }
        }
    }
}
