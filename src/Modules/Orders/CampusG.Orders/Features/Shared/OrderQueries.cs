using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

internal static class OrderQueries
{
    /// <summary>Orders with their timelines and (menu orders) lines.</summary>
    public static IQueryable<Order> WithTimeline(this OrdersDbContext db) => db.Orders.Include(o => o.Timeline).Include(o => o.Lines).AsSplitQuery();

    /// <summary>The order if the user is its customer, its runner or its restaurant's owner, else null.</summary>
    public static Task<Order?> FindVisibleAsync(this OrdersDbContext db, Guid orderId, Guid userId, CancellationToken cancellationToken) =>
        db.WithTimeline()
            .AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == orderId && (o.CustomerId == userId || o.RunnerId == userId || o.RestaurantOwnerId == userId), cancellationToken);
}
