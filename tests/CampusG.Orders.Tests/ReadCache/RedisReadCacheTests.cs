using System.Net;
using System.Text.Json;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;
using CampusG.Testing;
using StackExchange.Redis;

namespace CampusG.Orders.Tests.ReadCache;

/// <summary>The order read model in Redis (R-TRK-3 in docs/requirements.md), through the public API.</summary>
public sealed class RedisReadCacheTests(RedisHostFixture fixture) : IClassFixture<RedisHostFixture>
{
    private OrdersApi Api => fixture.Api;

    [Fact]
    public async Task GetOrder_StoresTheSnapshot_WithItsCustomerAndVersion()
    {
        var customer = Guid.NewGuid();
        var created = await Api.CreateOrderAsync(customer);

        var read = await Api.GetOrderAsync(customer, created.OrderId);

        var entry = await fixture.Redis.HashGetAllAsync(OrderKey(created.OrderId));
        var fields = entry.ToDictionary(e => e.Name.ToString(), e => e.Value.ToString());
        Assert.Equal("1", fields["v"]);
        using var snapshot = JsonDocument.Parse(fields["d"]);
        Assert.Equal(customer, snapshot.RootElement.GetProperty("customerId").GetGuid());
        Assert.Equal(read.Status, snapshot.RootElement.GetProperty("status").GetString());
        Assert.InRange(await fixture.Redis.KeyTimeToLiveAsync(OrderKey(created.OrderId)) ?? TimeSpan.Zero, TimeSpan.FromMinutes(9), TimeSpan.FromMinutes(10));
    }

    [Fact]
    public async Task GetOrder_IsServedFromTheSnapshot()
    {
        var customer = Guid.NewGuid();
        var created = await Api.CreateOrderAsync(customer);
        await Api.GetOrderAsync(customer, created.OrderId);
        var key = OrderKey(created.OrderId);
        var cached = (string)(await fixture.Redis.HashGetAsync(key, "d"))!;
        await fixture.Redis.HashSetAsync(key, "d", cached.Replace(created.Description, "served from redis", StringComparison.Ordinal));

        var read = await Api.GetOrderAsync(customer, created.OrderId);

        Assert.Equal("served from redis", read.Description);
    }

    [Fact]
    public async Task GetOrder_FromTheSnapshot_IsStillOnlyForItsCustomerOrRunner()
    {
        var created = await Api.CreateOrderAsync(Guid.NewGuid());
        await Api.GetOrderAsync(created.CustomerId, created.OrderId);
        Assert.True(await fixture.Redis.KeyExistsAsync(OrderKey(created.OrderId)));

        using var response = await Api.GetAsync(Guid.NewGuid(), $"/v1/orders/{created.OrderId}");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.NotFound, "ORDER_NOT_FOUND");
    }

    [Fact]
    public async Task StatusChanges_ByHandlersAndTheApi_ReplaceTheSnapshot()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var order = await Api.CreateOrderAsync(customer);
        Assert.Equal(OrderStatuses.PendingPayment, (await Api.GetOrderAsync(customer, order.OrderId)).Status);

        await fixture.Probe.SendAsync(new MarkOrderCreated(order.OrderId), order.OrderId.ToString());
        await Eventually.TrueAsync(async () => (await Api.GetOrderAsync(customer, order.OrderId)).Status == OrderStatuses.Created, what: "the order CREATED in the cache");

        using (var accepted = await Api.PostAsync(runner, $"/v1/orders/{order.OrderId}/accept"))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        var byCustomer = await Api.GetOrderAsync(customer, order.OrderId);
        var byRunner = await Api.GetOrderAsync(runner, order.OrderId);
        Assert.Equal((OrderStatuses.Accepted, runner), (byCustomer.Status, byCustomer.RunnerId));
        Assert.Equal(byCustomer, byRunner, OrderComparer);
        Assert.Equal("3", (string?)await fixture.Redis.HashGetAsync(OrderKey(order.OrderId), "v"));
    }

    [Fact]
    public async Task CustomerCancel_IsSeenByTheNextRead()
    {
        var customer = Guid.NewGuid();
        var order = await Api.CreateOrderAsync(customer);
        await Api.GetOrderAsync(customer, order.OrderId);

        using (var cancelled = await Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/cancel"))
        {
            Assert.Equal(HttpStatusCode.OK, cancelled.StatusCode);
        }

        var read = await Api.GetOrderAsync(customer, order.OrderId);
        Assert.Equal((OrderStatuses.Cancelled, CancellationReasons.CustomerCancelled), (read.Status, read.CancellationReason));
    }

    [Fact]
    public async Task LastOrders_HoldsTheNewestIds_For24Hours_AndANewOrderJoinsTheList()
    {
        var customer = Guid.NewGuid();
        var first = await Api.CreateOrderAsync(customer);
        Assert.Equal([first.OrderId], await ListIdsAsync(customer));
        var key = $"{fixture.Prefix}customer:{customer}:last_orders";
        Assert.InRange(await fixture.Redis.KeyTimeToLiveAsync(key) ?? TimeSpan.Zero, TimeSpan.FromHours(23.9), TimeSpan.FromHours(24));

        var second = await Api.CreateOrderAsync(customer);

        Assert.Equal([second.OrderId, first.OrderId], await ListIdsAsync(customer));
        Assert.Equal([second.OrderId, first.OrderId], JsonSerializer.Deserialize<Guid[]>((string)(await fixture.Redis.HashGetAsync(key, "d"))!)!);
    }

    [Fact]
    public async Task List_FromTheCache_PagesLikeTheDatabase()
    {
        var customer = Guid.NewGuid();
        var created = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            created.Add((await Api.CreateOrderAsync(customer)).OrderId);
        }

        using var firstResponse = await Api.GetAsync(customer, "/v1/orders?limit=2");
        var first = await OrdersApi.ReadAsync<OrderListResponse>(firstResponse);
        using var secondResponse = await Api.GetAsync(customer, $"/v1/orders?limit=2&cursor={first.NextCursor}");
        var second = await OrdersApi.ReadAsync<OrderListResponse>(secondResponse);

        Assert.Equal(Enumerable.Reverse(created), first.Items.Concat(second.Items).Select(o => o.OrderId));
        Assert.Null(second.NextCursor);
    }

    private static IEqualityComparer<OrderResponse> OrderComparer { get; } =
        EqualityComparer<OrderResponse>.Create((a, b) => JsonSerializer.Serialize(a) == JsonSerializer.Serialize(b));

    private string OrderKey(Guid orderId) => $"{fixture.Prefix}order:{orderId}";

    private async Task<IReadOnlyList<Guid>> ListIdsAsync(Guid customer)
    {
        using var response = await Api.GetAsync(customer, "/v1/orders");
        return [.. (await OrdersApi.ReadAsync<OrderListResponse>(response)).Items.Select(o => o.OrderId)];
    }
}
