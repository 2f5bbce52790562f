using CampusG.Messaging;
using CampusG.Notifications.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CampusG.Notifications.Channels;

/// <summary>Wakes the channel worker when an e-mail or SMS delivery, or a receipt link it may wait for, was committed.</summary>
internal sealed class ChannelSignal : WakeSignal;

internal sealed class ChannelOnCommitInterceptor(ChannelSignal signal) : CommitSignalInterceptor
{
    protected override bool Wrote(ChangeTracker tracker) =>
        tracker.Entries<NotificationDelivery>().Any(e => e.State == EntityState.Added && e.Entity.Channel != DeliveryChannels.InApp)
        || tracker.Entries<ReceiptLink>().Any(e => e.State is EntityState.Added or EntityState.Modified);

    protected override void Committed() => signal.Nudge();
}
