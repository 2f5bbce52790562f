using CampusG.ServiceDefaults.Errors;
using CampusG.Tracking.Domain;
using CampusG.Tracking.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Tracking.Features;

/// <summary>Who may read an order's views: its customer, its runner or its restaurant's owner, as the read model knows them.</summary>
internal static class OrderAccess
{
    public const string OrderNotFound = "ORDER_NOT_FOUND";

    /// <summary>The order's view, or 404 ORDER_NOT_FOUND when it is unknown or not the caller's (existence is not leaked).</summary>
    public static async Task<OrderView> FindVisibleAsync(TrackingDbContext db, Guid orderId, Guid userId, CancellationToken cancellationToken)
    {
        var view = await db.OrderViews.AsNoTracking().SingleOrDefaultAsync(v => v.OrderId == orderId, cancellationToken);
        return view is not null && view.IsVisibleTo(userId)
            ? view
            : throw ApiErrors.NotFound(OrderNotFound, $"Order {orderId} was not found.");
    }
}
