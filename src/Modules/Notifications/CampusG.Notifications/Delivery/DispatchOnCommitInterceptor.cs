using System.Data.Common;
using CampusG.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CampusG.Notifications.Delivery;

/// <summary>
/// Nudges the dispatcher once a transaction holding a CREATED notification has committed; a nudge
/// from inside the handler could reach the dispatcher before the row is visible.
/// </summary>
internal sealed class DispatchOnCommitInterceptor(DispatchSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Check(eventData.Context);

    public override Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Check(eventData.Context);
        return Task.CompletedTask;
    }

    private void Check(DbContext? context)
    {
        var created = context?.ChangeTracker.Entries<Notification>().Any(e => e.Entity.Status == NotificationStatuses.Created);
        if (created == true)
        {
            signal.Nudge();
        }
    }
}
