using CampusG.Messaging.Outbox;
using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.Persistence;
using CampusG.ServiceDefaults;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using CampusG.Messaging;

namespace CampusG.Orders.Features;

/// <summary>The created (or, for a repeated idempotent request, the original) order.</summary>
internal sealed record PlacedOrder(Order Order, bool Replayed);

/// <summary>
/// Places an order: the order, its first timeline entry, the idempotency record and <see cref="OrderCreated"/>
/// commit together. With a key, the lookup and the inserts share one transaction (SQLite: BEGIN IMMEDIATE,
/// so concurrent writers queue, in turn at the module's write gate), and a unique-key violation (PostgreSQL)
/// replays the winner.
/// </summary>
internal sealed class OrderPlacement(OrdersDbContext db, MessageOutbox<OrdersDbContext> outbox, WriteGate<OrdersDbContext> writes, TimeProvider time)
{
    public async Task<PlacedOrder> PlaceAsync(Guid customerId, IOrderDraft request, string? key, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            using var turn = await writes.EnterAsync(cancellationToken);
            return new PlacedOrder(await CreateAsync(customerId, request, null, cancellationToken), false);
        }

        var hash = request.Hash();
        try
        {
            using var turn = await writes.EnterAsync(cancellationToken);
            db.Database.AutoSavepointsEnabled = false; // a failed save abandons the whole transaction
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (await FindAsync(customerId, key, cancellationToken) is { } existing)
            {
                return await ReplayAsync(existing, hash, cancellationToken);
            }

            var order = await CreateAsync(customerId, request, (key, hash), cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new PlacedOrder(order, false);
        }
        catch (DbUpdateException)
        {
            // Another request with this key committed first: answer as it did.
            db.ChangeTracker.Clear();
            var winner = await FindAsync(customerId, key, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return await ReplayAsync(winner, hash, cancellationToken);
        }
    }

    private async Task<Order> CreateAsync(Guid customerId, IOrderDraft request, (string Key, string Hash)? idempotency, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var order = request.Create(customerId, now);
        db.Orders.Add(order);
        if (idempotency is var (key, hash))
        {
            db.IdempotencyRecords.Add(IdempotencyRecord.For(customerId, key, hash, order.Id, StatusCodes.Status201Created, now));
        }

        outbox.Send(OrderMessages.Created(order), order.Id.ToString());
        await db.SaveChangesAsync(cancellationToken);
        return order;
    }

    private Task<IdempotencyRecord?> FindAsync(Guid userId, string key, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.AsNoTracking().SingleOrDefaultAsync(r => r.UserId == userId && r.Key == key, cancellationToken);

    private async Task<PlacedOrder> ReplayAsync(IdempotencyRecord record, string hash, CancellationToken cancellationToken)
    {
        if (record.RequestHash != hash)
        {
            throw OrderErrors.KeyReused();
        }

        var order = await db.WithTimeline().AsNoTracking().SingleAsync(o => o.Id == record.OrderId, cancellationToken);
        return new PlacedOrder(order, true);
    }
}
