using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CampusG.Messaging.Outbox;

/// <summary>
/// Nudges the module's relay right after a commit that wrote outbox rows, so messages leave
/// promptly; polling is only the safety net. The nudge waits for the commit, never the save,
/// because a relay reading before the commit would not see the rows.
/// </summary>
internal sealed class OutboxCommitInterceptor<TDbContext>(OutboxSignal<TDbContext> signal) : CommitSignalInterceptor
    where TDbContext : DbContext
{
    // Outbox rows are only ever added, and Add tracks them at once (decision 019).
    protected override bool Wrote(ChangeTracker tracker) => tracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added);

    protected override void Committed() => signal.Nudge();
}
