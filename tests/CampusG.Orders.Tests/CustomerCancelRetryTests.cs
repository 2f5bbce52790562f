using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;
using CampusG.Testing;

namespace CampusG.Orders.Tests;

public sealed class CustomerCancelRetryTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    private readonly OrderFlow _flow = new(fixture);

    [Fact]
    public async Task Cancel_CreatedOrder_CancelsIt_AndPublishesOrderCancelled()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.CreatedAsync(customer);

        var cancelled = await OrderFlow.ExpectOrderAsync(await fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/cancel"));

        Assert.Equal((OrderStatuses.Cancelled, CancellationReasons.CustomerCancelled), (cancelled.Status, cancelled.CancellationReason));
        var message = await fixture.Probe.WaitForAsync<OrderCancelled>(m => m.OrderId == order.OrderId);
        Assert.Equal((CancellationReasons.CustomerCancelled, OrderStatuses.Created), (message.Reason, message.PreviousStatus));
    }

    [Fact]
    public async Task Cancel_PendingOrder_Cancels()
    {
        var customer = Guid.NewGuid();
        var order = await fixture.Api.CreateOrderAsync(customer);

        var cancelled = await OrderFlow.ExpectOrderAsync(await fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/cancel"));

        Assert.Equal([OrderStatuses.PendingPayment, OrderStatuses.Cancelled], cancelled.Timeline.Select(t => t.Status));
    }

    [Fact]
    public async Task Cancel_AcceptedOrder_IsNotCancellable()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(customer, Guid.NewGuid());

        using var response = await fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/cancel");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "ORDER_NOT_CANCELLABLE");
    }

    [Fact]
    public async Task Cancel_OfACancelledOrder_IsNotCancellable()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.CreatedAsync(customer);
        (await fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/cancel")).Dispose();

        using var response = await fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/cancel");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "ORDER_NOT_CANCELLABLE");
        // The first cancel's event leaves through the outbox after its answer; wait for it, then count.
        await fixture.Probe.WaitForAsync<OrderCancelled>(m => m.OrderId == order.OrderId);
        Assert.Single(fixture.Probe.All<OrderCancelled>(), m => m.OrderId == order.OrderId);
    }

    [Fact]
    public async Task Cancel_ByRunnerOrStranger_Is404()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);

        foreach (var caller in new[] { runner, Guid.NewGuid() })
        {
            using var response = await fixture.Api.PostAsync(caller, $"/v1/orders/{order.OrderId}/cancel");
            await ErrorAssert.HasErrorAsync(response, HttpStatusCode.NotFound, "ORDER_NOT_FOUND");
        }
    }

    [Fact]
    public async Task Retry_CancelledOrder_PlacesANewOrder_WithTheSameDetails()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.CreatedAsync(customer);
        (await fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/cancel")).Dispose();

        using var response = await fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/retry");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var retried = await OrdersApi.ReadAsync<OrderResponse>(response);
        Assert.Equal($"/v1/orders/{retried.OrderId}", response.Headers.Location?.OriginalString);
        Assert.NotEqual(order.OrderId, retried.OrderId);
        Assert.Equal(OrderStatuses.PendingPayment, retried.Status);
        Assert.Equal(
            (order.Description, order.FoodFee, order.DeliveryFee, order.DeliveryLocation, customer),
            (retried.Description, retried.FoodFee, retried.DeliveryFee, retried.DeliveryLocation, retried.CustomerId));
        Assert.Equal(customer, (await fixture.Probe.WaitForAsync<OrderCreated>(m => m.OrderId == retried.OrderId)).CustomerId);
    }

    [Fact]
    public async Task Retry_RepeatedOrConcurrent_PlacesOneNewOrder_AndEveryAnswerIsThatOrder()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.CreatedAsync(customer);
        (await fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/cancel")).Dispose();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/retry")));
        using var again = await fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/retry");

        var retried = new List<Guid>();
        foreach (var response in responses.Append(again))
        {
            Assert.Equal(HttpStatusCode.Created, response.StatusCode);
            retried.Add((await OrdersApi.ReadAsync<OrderResponse>(response)).OrderId);
            response.Dispose();
        }

        var newOrder = Assert.Single(retried.Distinct());
        Assert.NotEqual(order.OrderId, newOrder);
        await fixture.Probe.WaitForAsync<OrderCreated>(m => m.OrderId == newOrder);
        Assert.Single(fixture.Probe.All<OrderCreated>(), m => m.CustomerId == customer && m.OrderId != order.OrderId);
    }

    [Fact]
    public async Task Retry_OrderNotCancelled_IsNotRetryable()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.CreatedAsync(customer);

        using var response = await fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/retry");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "ORDER_NOT_RETRYABLE");
    }

    [Fact]
    public async Task Retry_ByStranger_Is404()
    {
        var customer = Guid.NewGuid();
        var order = await fixture.Api.CreateOrderAsync(customer);
        (await fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/cancel")).Dispose();

        using var response = await fixture.Api.PostAsync(Guid.NewGuid(), $"/v1/orders/{order.OrderId}/retry");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.NotFound, "ORDER_NOT_FOUND");
    }
}
