using CampusG.Messaging;
using CampusG.Notifications.Domain;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CampusG.Notifications.Delivery;

/// <summary>
/// Nudges the dispatcher once a transaction that saved a CREATED notification has committed; a nudge
/// from inside the handler could reach the dispatcher before the row is visible.
/// </summary>
internal sealed class DispatchOnCommitInterceptor(DispatchSignal signal) : CommitSignalInterceptor
{
    protected override bool Wrote(ChangeTracker tracker) => tracker.Entries<Notification>().Any(e => e.Entity.Status == NotificationStatuses.Created);

    protected override void Committed() => signal.Nudge();
}
