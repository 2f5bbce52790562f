using System.Text.Json;
using CampusG.Orders.Domain;
using CampusG.Orders.Features;
using CampusG.Orders.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CampusG.Orders.ReadCache;

/// <summary>
/// The order read model (R-TRK-3 in docs/requirements.md): <c>order:{orderId}</c>, the order JSON with its customer and runner (what the
/// visibility check needs), versioned by <see cref="Order.Version"/>; and <c>customer:{custId}:last_orders</c>, the
/// ids of the customer's newest orders, versioned by a generation that every new order of the customer bumps. A miss is read from the database
/// and cached; <see cref="OrderCacheInterceptor"/> invalidates both after every commit that changes an order.
/// </summary>
internal sealed class OrderReadCache(IVersionedCache cache, IOptions<ReadCacheOptions> options)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private ReadCacheOptions Options => options.Value;

    public string OrderKey(Guid orderId) => $"{Options.KeyPrefix}order:{orderId}";

    public string LastOrdersKey(Guid customerId) => $"{Options.KeyPrefix}customer:{customerId}:last_orders";

    /// <summary>
    /// The order if <paramref name="userId"/> is its customer, its runner or its restaurant's owner, else null (as if it
    /// did not exist). The owner is looked up in Orders' copy of the restaurant (the snapshot does not name them).
    /// </summary>
    public async Task<OrderResponse?> FindVisibleAsync(OrdersDbContext db, Guid orderId, Guid userId, CancellationToken cancellationToken)
    {
        var order = (await GetManyAsync(db, [orderId], cancellationToken)).SingleOrDefault();
        return order is not null && (order.CustomerId == userId || order.RunnerId == userId || await IsOwnerAsync(db, order.RestaurantId, userId, cancellationToken))
            ? order
            : null;
    }

    private static async Task<bool> IsOwnerAsync(OrdersDbContext db, Guid? restaurantId, Guid userId, CancellationToken cancellationToken) =>
        restaurantId is { } id && await db.RestaurantCopies.AnyAsync(r => r.Id == id && r.OwnerId == userId, cancellationToken);

    /// <summary>The orders of <paramref name="ids"/> that exist, in that order: cached snapshots, the rest from one query.</summary>
    public async Task<IReadOnlyList<OrderResponse>> GetManyAsync(OrdersDbContext db, IReadOnlyList<Guid> ids, CancellationToken cancellationToken)
    {
        var cached = await cache.GetAsync([.. ids.Select(OrderKey)], cancellationToken);
        var found = new Dictionary<Guid, OrderResponse>();
        for (var i = 0; i < ids.Count; i++)
        {
            if (cached[i] is { Data: { } data } && JsonSerializer.Deserialize<OrderResponse>(data, Json) is { } snapshot)
            {
                found[ids[i]] = snapshot;
            }
        }

        var missing = ids.Where(id => !found.ContainsKey(id)).ToList();
        if (missing.Count > 0)
        {
            var loaded = await db.WithTimeline().AsNoTracking().AsSplitQuery().Where(o => missing.Contains(o.Id)).ToListAsync(cancellationToken);
            foreach (var order in loaded)
            {
                var response = OrderResponse.From(order);
                found[order.Id] = response;
                await cache.PutAsync(OrderKey(order.Id), order.Version, JsonSerializer.Serialize(response, Json), Options.OrderTtl, cancellationToken);
            }
        }

        return [.. ids.Where(found.ContainsKey).Select(id => found[id])];
    }

    /// <summary>
    /// The customer's newest order ids, newest first: <see cref="ReadCacheOptions.LastOrdersSize"/> of them, or all
    /// there are when fewer (then <c>Complete</c> is true).
    /// </summary>
    public async Task<(IReadOnlyList<Guid> Ids, bool Complete)> LastOrdersAsync(OrdersDbContext db, Guid customerId, CancellationToken cancellationToken)
    {
        var size = Options.LastOrdersSize;
        var key = LastOrdersKey(customerId);
        var cached = (await cache.GetAsync([key], cancellationToken))[0];
        if (cached is { Data: { } data } && JsonSerializer.Deserialize<Guid[]>(data, Json) is { } ids)
        {
            return (ids, ids.Length < size);
        }

        // Stored at the generation seen before the query: if an order is created meanwhile, its bump wins.
        Guid[] loaded = [.. await db.Orders.AsNoTracking().Where(o => o.CustomerId == customerId)
            .OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id)
            .Take(size).Select(o => o.Id)
            .ToListAsync(cancellationToken)];
        await cache.PutAsync(key, cached?.Version ?? 0, JsonSerializer.Serialize(loaded, Json), Options.LastOrdersTtl, cancellationToken);
        return (loaded, loaded.Length < size);
    }

    /// <summary>After a commit: the order's snapshot is replaced, and a new order replaces its customer's list.</summary>
    public async Task InvalidateAsync(Order order, bool created, CancellationToken cancellationToken)
    {
        await cache.InvalidateAsync(OrderKey(order.Id), order.Version, Options.OrderTtl, cancellationToken);
        if (created)
        {
            await cache.BumpAsync(LastOrdersKey(order.CustomerId), Options.LastOrdersTtl, cancellationToken);
        }
    }
}
