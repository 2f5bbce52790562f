using CampusG.Orders.Domain;
using CampusG.Orders.Persistence;
using CampusG.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Orders.Features;

internal static class OrderQueries
{
    // The handlers that change an order load it by id: compiled, no per-call expression work (issue 18).
    private static readonly CompiledQuery<Func<OrdersDbContext, Guid, CancellationToken, Task<Order?>>> ById =
        new(() => EF.CompileAsyncQuery((OrdersDbContext db, Guid orderId, CancellationToken cancellationToken) =>
            db.Orders.Include(o => o.Timeline).Include(o => o.Lines).AsSplitQuery().SingleOrDefault(o => o.Id == orderId)));

    /// <summary>Orders with their timelines and (menu orders) lines.</summary>
    public static IQueryable<Order> WithTimeline(this OrdersDbContext db) => db.Orders.Include(o => o.Timeline).Include(o => o.Lines).AsSplitQuery();

    /// <summary>The order with its timeline and lines, tracked, or null.</summary>
    public static Task<Order?> FindWithTimelineAsync(this OrdersDbContext db, Guid orderId, CancellationToken cancellationToken) =>
        ById.For(db)(db, orderId, cancellationToken);

    /// <summary>The order if the user is its customer, its runner or its restaurant's owner, else null.</summary>
    public static Task<Order?> FindVisibleAsync(this OrdersDbContext db, Guid orderId, Guid userId, CancellationToken cancellationToken) =>
        db.WithTimeline()
            .AsNoTracking()
            .SingleOrDefaultAsync(o => o.Id == orderId && (o.CustomerId == userId || o.RunnerId == userId || o.RestaurantOwnerId == userId), cancellationToken);
}
