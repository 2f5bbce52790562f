using CampusG.Messaging;
using CampusG.Tracking.Domain;
using CampusG.Tracking.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CampusG.Tracking.Features;

/// <summary>Loads (or starts) an order's view, applies one event to it and notes whether it changed anything.</summary>
internal sealed class OrderViewStore(TrackingDbContext db, TimeProvider time, ILogger<OrderViewStore> logger)
{
    /// <summary>Applies <paramref name="apply"/> (true when it moved a status); the pipeline saves.</summary>
    public async Task ApplyAsync(Guid orderId, IMessageContext context, Func<OrderView, bool> apply, CancellationToken cancellationToken)
    {
        var view = await db.OrderViews.Include(v => v.Timeline).SingleOrDefaultAsync(v => v.OrderId == orderId, cancellationToken);
        if (view is null)
        {
            // A payment or escrow event may overtake order.created: start the row, fill it in later.
            view = OrderView.Start(orderId, time.GetUtcNow().UtcDateTime);
            db.OrderViews.Add(view);
        }

        if (!apply(view))
        {
            TrackingLog.EventIgnored(logger, context.MessageType, context.MessageId, orderId);
        }

        db.ChangeTracker.DetectChanges();
        if (db.Entry(view).State == EntityState.Modified || db.ChangeTracker.Entries<OrderTimelineEntry>().Any(e => e.State == EntityState.Added))
        {
            view.Touch(time.GetUtcNow().UtcDateTime);
        }
    }
}
