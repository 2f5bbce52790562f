using System.Data.Common;
using System.Runtime.CompilerServices;
using CampusG.Orders.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CampusG.Orders.ReadCache;

/// <summary>
/// Invalidates the read cache after every commit that wrote an order, whoever wrote it (an endpoint or a message
/// handler), and before the write's caller goes on, so its next read cannot see the old order. It waits for the
/// commit, never the save: a reader between the two would cache what the commit is about to replace.
/// </summary>
internal sealed class OrderCacheInterceptor(OrderReadCache cache) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, List<(Order Order, bool Created)>> _written = [];

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Remember(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Remember(eventData.Context);
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        // Without an explicit transaction, SaveChanges has committed by the time it returns.
        if (eventData.Context is { Database.CurrentTransaction: null } context)
        {
            await InvalidateAsync(context);
        }

        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context)
        {
            InvalidateAsync(context).GetAwaiter().GetResult();
        }

        return result;
    }

    public async Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await InvalidateAsync(context);
        }
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            InvalidateAsync(context).GetAwaiter().GetResult();
        }
    }

    public Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            _written.Remove(context);
        }
    }

    private void Remember(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        // Every tracked order: one loaded for a change that decided nothing costs a needless invalidation, no more.
        var orders = context.ChangeTracker.Entries<Order>()
            .Where(e => e.State != EntityState.Detached)
            .Select(e => (e.Entity, e.State == EntityState.Added));
        var written = _written.GetOrCreateValue(context);
        written.AddRange(orders.Where(o => !written.Exists(w => ReferenceEquals(w.Order, o.Entity))));
    }

    /// <summary>Never throws: the commit stands whatever the cache does (its failures are handled and logged inside).</summary>
    private async Task InvalidateAsync(DbContext context)
    {
        if (!_written.TryGetValue(context, out var written))
        {
            return;
        }

        _written.Remove(context);
        foreach (var (order, created) in written)
        {
            // Not the request's token: once committed, the invalidation must happen even if the caller gave up.
            await cache.InvalidateAsync(order, created, CancellationToken.None);
        }
    }
}
