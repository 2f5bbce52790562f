using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;
using CampusG.Testing;

namespace CampusG.Orders.Tests;

public sealed class OrderQueryTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    [Fact]
    public async Task GetOrder_ByItsCustomer_ReturnsIt()
    {
        var customer = Guid.NewGuid();
        var created = await fixture.Api.CreateOrderAsync(customer);

        var order = await fixture.Api.GetOrderAsync(customer, created.OrderId);

        Assert.Equal(created.OrderId, order.OrderId);
        Assert.Equal(created.Timeline, order.Timeline);
    }

    [Fact]
    public async Task GetOrder_OfAnotherUser_IsNotFound()
    {
        var created = await fixture.Api.CreateOrderAsync(Guid.NewGuid());

        using var response = await fixture.Api.GetAsync(Guid.NewGuid(), $"/v1/orders/{created.OrderId}");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.NotFound, "ORDER_NOT_FOUND");
    }

    [Fact]
    public async Task GetOrder_ThatDoesNotExist_IsNotFound()
    {
        using var response = await fixture.Api.GetAsync(Guid.NewGuid(), $"/v1/orders/{Guid.NewGuid()}");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.NotFound, "ORDER_NOT_FOUND");
    }

    [Fact]
    public async Task List_PagesThroughTheCallersOrders_NewestFirst()
    {
        var customer = Guid.NewGuid();
        var created = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            created.Add((await fixture.Api.CreateOrderAsync(customer)).OrderId);
        }

        await fixture.Api.CreateOrderAsync(Guid.NewGuid()); // someone else's
        var pages = await ListAllAsync(customer, "/v1/orders?limit=2");

        Assert.Equal([2, 2, 1], pages.Select(p => p.Items.Count));
        Assert.Equal(Enumerable.Reverse(created), pages.SelectMany(p => p.Items).Select(o => o.OrderId));
        Assert.Null(pages[^1].NextCursor);
    }

    [Fact]
    public async Task List_DefaultsToCustomer_AndRunnerIsEmpty()
    {
        var customer = Guid.NewGuid();
        var created = await fixture.Api.CreateOrderAsync(customer);

        var mine = await ListAsync(customer, "/v1/orders");
        var asRunner = await ListAsync(customer, "/v1/orders?role=runner");

        Assert.Equal([created.OrderId], mine.Items.Select(o => o.OrderId));
        Assert.Null(mine.NextCursor);
        Assert.Empty(asRunner.Items);
        Assert.Null(asRunner.NextCursor);
    }

    [Fact]
    public async Task List_FiltersByStatus()
    {
        var customer = Guid.NewGuid();
        var pending = await fixture.Api.CreateOrderAsync(customer);
        var cancelled = await fixture.Api.CreateOrderAsync(customer);
        await fixture.Probe.SendAsync(new CancelOrder(cancelled.OrderId, CancellationReasons.PaymentFailed), cancelled.OrderId.ToString());
        await fixture.Probe.WaitForAsync<OrderCancelled>(m => m.OrderId == cancelled.OrderId);

        var onlyCancelled = await ListAsync(customer, "/v1/orders?role=customer&status=CANCELLED");
        var onlyPending = await ListAsync(customer, "/v1/orders?status=PENDING_PAYMENT");

        Assert.Equal([cancelled.OrderId], onlyCancelled.Items.Select(o => o.OrderId));
        Assert.Equal([pending.OrderId], onlyPending.Items.Select(o => o.OrderId));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=101", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("cursor=AAAA", "cursor")]
    [InlineData("status=DONE", "status")]
    [InlineData("status=created", "status")]
    [InlineData("role=admin", "role")]
    [InlineData("limit=0&status=DONE", "limit", "status")]
    public async Task List_WithBadParameters_IsRejected(string query, params string[] fields)
    {
        using var response = await fixture.Api.GetAsync(Guid.NewGuid(), $"/v1/orders?{query}");

        await ErrorAssert.HasValidationErrorsAsync(response, fields);
    }

    [Fact]
    public async Task List_WithoutAToken_IsUnauthenticated()
    {
        using var response = await fixture.Host.Client.GetAsync(new Uri("/v1/orders", UriKind.Relative));

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Unauthorized, "UNAUTHENTICATED");
    }

    private async Task<OrderListResponse> ListAsync(Guid userId, string path)
    {
        using var response = await fixture.Api.GetAsync(userId, path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await OrdersApi.ReadAsync<OrderListResponse>(response);
    }

    private async Task<List<OrderListResponse>> ListAllAsync(Guid userId, string path)
    {
        var pages = new List<OrderListResponse> { await ListAsync(userId, path) };
        while (pages[^1].NextCursor is { } cursor && pages.Count < 10)
        {
            pages.Add(await ListAsync(userId, $"{path}&cursor={Uri.EscapeDataString(cursor)}"));
        }

        return pages;
    }
}
