using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.ServiceDefaults.Errors;
using CampusG.ServiceDefaults.Limits;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampusG.Orders.Features;

/// <summary>
/// Records a proof of an order within <c>RateLimits:ProofsPerOrder</c>. The count and the insert share one
/// transaction that first writes the order row (SQLite: BEGIN IMMEDIATE already queues writers; PostgreSQL: the
/// row lock makes racing uploads of one order take turns, and each counts what the one before committed), so
/// concurrent uploads can never store one proof more than the limit.
/// </summary>
internal sealed class ProofRecorder(OrdersDbContext db, ProofStore store, IOptions<RateLimitOptions> options)
{
    /// <summary>Proofs are never deleted, so the limit does not lift: clients are told not to try again soon.</summary>
    private static readonly TimeSpan RetryAfter = TimeSpan.FromDays(1);

    private int Limit => options.Value.ProofsPerOrder;

    /// <summary>404 unless <paramref name="runnerId"/> is the order's runner; 429 when the order is full (checked before reading the body).</summary>
    public async Task EnsureRoomAsync(Guid orderId, Guid runnerId, CancellationToken cancellationToken)
    {
        var proofs = await db.Orders.Where(o => o.Id == orderId && o.RunnerId == runnerId)
            .Select(o => (int?)db.Proofs.Count(p => p.OrderId == orderId))
            .SingleOrDefaultAsync(cancellationToken);
        Refuse(orderId, proofs);
    }

    /// <summary>Stores the bytes, then the row; the bytes go again when the row is refused or fails.</summary>
    public async Task AddAsync(Proof proof, byte[] bytes, CancellationToken cancellationToken)
    {
        await store.SaveAsync(proof.OrderId, proof.Id, bytes, cancellationToken);
        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            Refuse(proof.OrderId, await LockAndCountAsync(proof.OrderId, proof.UploadedBy, cancellationToken));
            db.Proofs.Add(proof);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch
        {
            store.Delete(proof.OrderId, proof.Id);
            throw;
        }
    }

    /// <summary>The order's proof count, after a write to its row that changes nothing but holds the row till commit.</summary>
    private async Task<int?> LockAndCountAsync(Guid orderId, Guid runnerId, CancellationToken cancellationToken)
    {
        var locked = await db.Orders.Where(o => o.Id == orderId && o.RunnerId == runnerId)
            .ExecuteUpdateAsync(s => s.SetProperty(o => o.Version, o => o.Version), cancellationToken);
        return locked == 0 ? null : await db.Proofs.CountAsync(p => p.OrderId == orderId, cancellationToken);
    }

    private void Refuse(Guid orderId, int? proofs)
    {
        if (proofs is null)
        {
            throw OrderErrors.NotFound(orderId);
        }

        if (proofs >= Limit)
        {
            throw ApiErrors.RateLimited(RetryAfter, $"Order {orderId} already has {proofs} proofs; at most {Limit} are kept per order.");
        }
    }
}
