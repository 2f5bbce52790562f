using System.Data.Common;
using System.Runtime.CompilerServices;
using CampusG.Inventory.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CampusG.Inventory.Cache;

/// <summary>
/// Rewrites the cached availability of every item a transaction changed once it commits, whoever wrote it (a message
/// handler or the adjust route), and before the writer goes on: the entries are read back from the database, the
/// truth, so a cache entry never shows what did not commit. Writers say which items they changed with <see cref="Note"/>.
/// </summary>
internal sealed partial class AvailabilityCacheInterceptor(
    IAvailabilityCache cache, IServiceScopeFactory scopes, ILogger<AvailabilityCacheInterceptor> logger) : DbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _changed = [];

    /// <summary>Marks <paramref name="itemId"/> as changed by <paramref name="db"/>'s current transaction.</summary>
    public void Note(DbContext db, Guid itemId)
    {
        if (cache.Enabled)
        {
            _changed.GetOrCreateValue(db).Add(itemId);
        }
    }

    public override ValueTask<DbTransaction> TransactionStartedAsync(
        DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override DbTransaction TransactionStarted(DbConnection connection, TransactionEndEventData eventData, DbTransaction result)
    {
        Forget(eventData.Context);
        return result;
    }

    public override async Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && _changed.TryGetValue(context, out var changed))
        {
            _changed.Remove(context);
            await RefreshAsync([.. changed]);
        }
    }

    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        TransactionCommittedAsync(transaction, eventData).GetAwaiter().GetResult();

    public override void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public override Task TransactionRolledBackAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    /// <summary>Never throws: the commit stands whatever the cache does. Not the caller's token: once committed, it is done.</summary>
    private async Task RefreshAsync(IReadOnlyCollection<Guid> itemIds)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<InventoryDbContext>();
            var items = await db.Items.AsNoTracking().Where(i => itemIds.Contains(i.ItemId)).ToListAsync(CancellationToken.None);
            await cache.PutAsync([.. items.Select(i => (i.ItemId, CachedAvailability.From(i)))], CancellationToken.None);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogRefreshFailed(logger, exception, itemIds.Count);
            await cache.ForgetAsync(itemIds, CancellationToken.None);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _changed.Remove(context);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not read back {Count} changed items for the availability cache; their entries are dropped")]
    private static partial void LogRefreshFailed(ILogger logger, Exception exception, int count);
}
