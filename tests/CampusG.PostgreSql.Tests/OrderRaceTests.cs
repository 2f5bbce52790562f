using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CampusG.PostgreSql.Tests;

/// <summary>Orders' races on PostgreSQL (read committed), where transactions do not queue as SQLite's do.</summary>
public sealed class OrderRaceTests : IAsyncLifetime
{
    private readonly TestDatabases _databases = new();

    private CampusGHost? _host;

    private CampusGHost Host => _host!;

    private OrdersClient Orders => new(Host);

    public async Task InitializeAsync() =>
        _host = await PostgresHost.StartAsync(_databases, "Orders", ("Orders:AcceptanceWindow", "00:10:00"));

    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        await _databases.DisposeAsync();
    }

    [Fact]
    public async Task Accept_TwentyRunnersAtOnce_ExactlyOneGets200AndTheRest409()
    {
        var orderId = await CreatedOrderAsync(Guid.NewGuid());

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Orders.AcceptAsync(Guid.NewGuid(), orderId)));

        Assert.Single(responses, r => r.StatusCode == HttpStatusCode.OK);
        foreach (var loser in responses.Where(r => r.StatusCode != HttpStatusCode.OK))
        {
            Assert.Equal(HttpStatusCode.Conflict, loser.StatusCode);
            Assert.Equal("ORDER_ALREADY_ACCEPTED", await OrdersClient.ErrorCodeAsync(loser));
        }

        Array.ForEach(responses, r => r.Dispose());
        Assert.Equal(1L, await _databases.ScalarAsync<long>(
            "orders", """SELECT count(*) FROM order_status_changes WHERE "OrderId" = $1 AND "Status" = $2""", orderId, OrderStatuses.Accepted));
    }

    [Fact]
    public async Task Create_SixteenRequestsWithOneIdempotencyKeyAtOnce_MakeOneOrder()
    {
        var customer = Guid.NewGuid();

        var responses = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Orders.CreateAsync(customer, "burst")));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var ids = await Task.WhenAll(responses.Select(OrdersClient.OrderIdAsync));
        Assert.Single(ids.Distinct());
        Assert.Equal(15, responses.Count(r => r.Headers.Contains("Idempotent-Replayed")));
        Array.ForEach(responses, r => r.Dispose());
        Assert.Equal(1L, await _databases.ScalarAsync<long>("orders", """SELECT count(*) FROM orders WHERE "CustomerId" = $1""", customer));
        Assert.Equal(1L, await _databases.ScalarAsync<long>(
            "orders", """SELECT count(*) FROM outbox_messages WHERE "Type" = 'order.created' AND "CorrelationId" = $1""", ids[0].ToString()));
    }

    /// <summary>A new order the saga has opened to runners (CREATED), through the probe's outbox.</summary>
    private async Task<Guid> CreatedOrderAsync(Guid customer)
    {
        using var created = await Orders.CreateAsync(customer);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var orderId = await OrdersClient.OrderIdAsync(created);
        var probe = Host.Services.GetRequiredService<MessageProbe>();
        await probe.SendAsync(new MarkOrderCreated(orderId), orderId.ToString());
        await probe.WaitForAsync<OrderUpdated>(m => m.OrderId == orderId && m.Status == OrderStatuses.Created);
        return orderId;
    }
}
