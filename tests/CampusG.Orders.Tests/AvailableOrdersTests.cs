using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;
using CampusG.Testing;

namespace CampusG.Orders.Tests;

public sealed class AvailableOrdersTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    private readonly OrderFlow _flow = new(fixture);

    [Fact]
    public async Task Available_ListsCreatedOrdersOfOthers_OldestFirst()
    {
        var (customer, other) = (Guid.NewGuid(), Guid.NewGuid());
        var first = await _flow.CreatedAsync(other);
        var second = await _flow.CreatedAsync(other);
        var own = await _flow.CreatedAsync(customer);
        var pending = await fixture.Api.CreateOrderAsync(other);
        var taken = await _flow.AcceptedAsync(other, Guid.NewGuid());

        using var response = await fixture.Api.GetAsync(customer, "/v1/orders/available?limit=100");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var ids = (await OrdersApi.ReadAsync<AvailableOrdersResponse>(response)).Items.Select(o => o.OrderId).ToList();
        Assert.True(ids.IndexOf(first.OrderId) >= 0 && ids.IndexOf(first.OrderId) < ids.IndexOf(second.OrderId));
        Assert.DoesNotContain(own.OrderId, ids);
        Assert.DoesNotContain(pending.OrderId, ids);
        Assert.DoesNotContain(taken.OrderId, ids);
    }

    [Fact]
    public async Task Available_HonoursTheLimit_AndShowsOnlyCreated()
    {
        await _flow.CreatedAsync(Guid.NewGuid());
        await _flow.CreatedAsync(Guid.NewGuid());

        using var response = await fixture.Api.GetAsync(Guid.NewGuid(), "/v1/orders/available?limit=1");

        var items = (await OrdersApi.ReadAsync<AvailableOrdersResponse>(response)).Items;
        Assert.Equal(OrderStatuses.Created, Assert.Single(items).Status);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("101")]
    [InlineData("x")]
    public async Task Available_BadLimit_Is400(string limit)
    {
        using var response = await fixture.Api.GetAsync(Guid.NewGuid(), $"/v1/orders/available?limit={limit}");

        await ErrorAssert.HasValidationErrorsAsync(response, "limit");
    }
}
