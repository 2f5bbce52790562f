using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;

namespace CampusG.Orders.Tests;

public sealed class CreateOrderTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    [Fact]
    public async Task Create_Returns201_WithLocationAndTheOrder()
    {
        var customer = Guid.NewGuid();
        var before = DateTime.UtcNow;

        using var response = await fixture.Api.CreateAsync(customer);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var order = await OrdersApi.ReadAsync<OrderResponse>(response);
        Assert.Equal($"/v1/orders/{order.OrderId}", response.Headers.Location?.OriginalString);
        Assert.Equal(customer, order.CustomerId);
        Assert.Null(order.RunnerId);
        Assert.Equal(OrderStatuses.PendingPayment, order.Status);
        Assert.Equal("2x chicken rice from Koufu, no chilli", order.Description);
        Assert.Equal(8.50m, order.FoodFee);
        Assert.Equal(2.00m, order.DeliveryFee);
        Assert.Equal("SMU SCIS 1, level 3 lobby", order.DeliveryLocation);
        Assert.Null(order.CancellationReason);
        Assert.Null(order.AcceptanceExpiresAt);
        Assert.Null(order.CompletedAt);
        Assert.InRange(order.CreatedAt, before.AddSeconds(-1), DateTime.UtcNow.AddSeconds(1));
        Assert.Equal(order.CreatedAt, order.UpdatedAt);
        Assert.Equal([new TimelineEntry(OrderStatuses.PendingPayment, order.CreatedAt)], order.Timeline);
    }

    [Fact]
    public async Task Create_WritesMoneyWithTwoDecimals_AndUtcTimes()
    {
        using var response = await fixture.Api.CreateAsync(Guid.NewGuid());
        var json = await response.Content.ReadAsStringAsync();

        Assert.Contains("\"foodFee\":8.50,", json, StringComparison.Ordinal);
        Assert.Contains("\"deliveryFee\":2.00,", json, StringComparison.Ordinal);
        Assert.Matches("\"createdAt\":\"\\d{4}-\\d\\d-\\d\\dT[0-9:.]+Z\"", json);
        Assert.Contains("\"runnerId\":null", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_PublishesOrderCreated()
    {
        var customer = Guid.NewGuid();

        var order = await fixture.Api.CreateOrderAsync(customer);

        var created = await fixture.Probe.WaitForAsync<OrderCreated>(m => m.OrderId == order.OrderId);
        Assert.Equal(customer, created.CustomerId);
        Assert.Equal(order.Description, created.Description);
        Assert.Equal(8.50m, created.FoodFee);
        Assert.Equal(2.00m, created.DeliveryFee);
        Assert.Equal(order.DeliveryLocation, created.DeliveryLocation);
        Assert.Equal(order.CreatedAt, created.CreatedAt.UtcDateTime);
        var envelope = Assert.Single(fixture.Probe.Seen, e => e.Type == "order.created" && e.CorrelationId == order.OrderId.ToString());
        Assert.Equal("orders", envelope.Source);
    }

    [Fact]
    public async Task TheRoutes_AreDescribedInOpenApi()
    {
        var document = await fixture.Host.Client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative));

        Assert.Contains("\"/v1/orders\"", document, StringComparison.Ordinal);
        Assert.Contains("\"/v1/orders/{orderId}\"", document, StringComparison.Ordinal);
    }
}
