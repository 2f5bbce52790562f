using CampusG.Messaging;
using CampusG.Timers.Contracts;
using CampusG.Timers.Domain;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CampusG.Timers.Workers;

/// <summary>
/// Nudges the worker after a commit that saved a SCHEDULED timer (a StartTimer handler's
/// transaction). Nudging from the handler itself would be too early: the worker could look
/// before the commit, miss the timer and sleep a whole <see cref="TimersOptions.MaxWait"/>.
/// </summary>
internal sealed class TimerCommitInterceptor(TimerWakeSignal signal) : CommitSignalInterceptor
{
    protected override bool Wrote(ChangeTracker tracker) => tracker.Entries<DurableTimer>().Any(e => e.Entity.Status == TimerStatuses.Scheduled);

    protected override void Committed() => signal.Nudge();
}
