using System.Data.Common;
using CampusG.Timers.Contracts;
using CampusG.Timers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CampusG.Timers.Workers;

/// <summary>
/// Nudges the worker after a commit that touched a SCHEDULED timer (a StartTimer handler's
/// transaction). Nudging from the handler itself would be too early: the worker could look
/// before the commit, miss the timer and sleep a whole <see cref="TimersOptions.MaxWait"/>.
/// </summary>
internal sealed class TimerCommitInterceptor(TimerWakeSignal signal) : DbTransactionInterceptor
{
    public override void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        NudgeIfScheduled(eventData.Context);

    public override Task TransactionCommittedAsync(
        DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        NudgeIfScheduled(eventData.Context);
        return Task.CompletedTask;
    }

    private void NudgeIfScheduled(DbContext? context)
    {
        if (context?.ChangeTracker.Entries<DurableTimer>().Any(e => e.Entity.Status == TimerStatuses.Scheduled) == true)
        {
            signal.Nudge();
        }
    }
}
