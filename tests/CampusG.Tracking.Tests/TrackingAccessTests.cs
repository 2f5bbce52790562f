using System.Net;
using CampusG.Testing;

namespace CampusG.Tracking.Tests;

/// <summary>Who may read an order's event log and payment view.</summary>
public sealed class TrackingAccessTests(TrackingHostFixture fixture) : IClassFixture<TrackingHostFixture>
{
    private readonly CampusGHost _host = fixture.Host;
    private readonly TestOrder _order = TestOrder.New();

    [Theory]
    [InlineData("events")]
    [InlineData("payment")]
    public async Task AnotherUser_GetsOrderNotFound(string view)
    {
        await _host.SendAsync(_order.Created(), _order.OrderId);
        await _host.WaitForLoggedAsync(_order.OrderId, 1);
        using var stranger = _host.ClientFor(Guid.NewGuid());

        var (status, body) = await stranger.GetJsonAsync($"/v1/orders/{_order.OrderId}/{view}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("ORDER_NOT_FOUND", body.ErrorCode());
        Assert.Equal("404", body.GetProperty("errors")[0].GetProperty("status").GetString());
    }

    [Theory]
    [InlineData("events")]
    [InlineData("payment")]
    public async Task AnUnknownOrder_IsNotFound(string view)
    {
        using var customer = _host.ClientFor(_order.CustomerId);

        var (status, body) = await customer.GetJsonAsync($"/v1/orders/{_order.OrderId}/{view}");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Equal("ORDER_NOT_FOUND", body.ErrorCode());
    }

    [Theory]
    [InlineData("events")]
    [InlineData("payment")]
    public async Task WithoutAToken_Gets401(string view)
    {
        var (status, body) = await _host.Client.GetJsonAsync($"/v1/orders/{_order.OrderId}/{view}");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("UNAUTHENTICATED", body.ErrorCode());
    }

    [Fact]
    public async Task TheRunner_CanReadTheViews_OnlyWhileBound()
    {
        var runnerId = Guid.NewGuid();
        await _host.SendEachAsync(_order.OrderId, _order.Created(), _order.MarkedCreated(), _order.Accepted(runnerId));
        await _host.WaitForLoggedAsync(_order.OrderId, 3);
        using var runner = _host.ClientFor(runnerId);

        var (whileBound, events) = await runner.GetJsonAsync($"/v1/orders/{_order.OrderId}/events");
        await _host.SendAsync(_order.GivenBack(), _order.OrderId);
        await _host.WaitForLoggedAsync(_order.OrderId, 4);
        var (afterGivingBack, _) = await runner.GetJsonAsync($"/v1/orders/{_order.OrderId}/payment");

        Assert.Equal(HttpStatusCode.OK, whileBound);
        Assert.Equal(3, events.GetProperty("items").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, afterGivingBack);
    }

    [Fact]
    public async Task TheRoutes_AreDocumentedInOpenApi()
    {
        var (status, document) = await _host.Client.GetJsonAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, status);
        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty("/v1/orders/{orderId}/events", out _));
        Assert.True(paths.TryGetProperty("/v1/orders/{orderId}/payment", out _));
    }
}
