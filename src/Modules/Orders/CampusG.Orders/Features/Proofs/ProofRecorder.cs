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

    /// <summary>
    /// 404 unless <paramref name="userId"/> is the order's runner or customer; 429 when the order is full (checked before
    /// reading the body). Returns the order, to check the kind against the uploader (<see cref="CheckKind"/>).
    /// </summary>
    public async Task<Order> EnsureRoomAsync(Guid orderId, Guid userId, CancellationToken cancellationToken)
    {
        var order = await db.Orders.AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == orderId && (o.RunnerId == userId || o.CustomerId == userId), cancellationToken);
        Refuse(orderId, order is null ? null : await db.Proofs.CountAsync(p => p.OrderId == orderId, cancellationToken));
        return order!;
    }

    /// <summary>
    /// The runner uploads receipts and handover photos; the customer only a problem photo, while a problem may be reported
    /// (a receipt or handover photo from the customer stays 404, as it was before). Problem photos count towards
    /// <c>RateLimits:ProofsPerOrder</c> like the runner's.
    /// </summary>
    public static void CheckKind(Order order, Guid userId, string kind, DateTime now)
    {
        var byRunner = order.RunnerId == userId;
        if (byRunner != Proof.IsRunnerKind(kind))
        {
            throw byRunner ? ApiErrors.Validation(("kind", "must be receipt or delivery.")) : OrderErrors.NotFound(order.Id);
        }

        if (!byRunner && !OrderIssue.MayReport(order, now))
        {
            throw IssueErrors.NotDelivered(order);
        }
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
    private async Task<int?> LockAndCountAsync(Guid orderId, Guid userId, CancellationToken cancellationToken)
    {
        var locked = await db.Orders.Where(o => o.Id == orderId && (o.RunnerId == userId || o.CustomerId == userId))
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
