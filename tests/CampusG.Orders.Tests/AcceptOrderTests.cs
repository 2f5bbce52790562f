using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;
using CampusG.Testing;

namespace CampusG.Orders.Tests;

public sealed class AcceptOrderTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    private readonly OrderFlow _flow = new(fixture);

    [Fact]
    public async Task Accept_BindsTheRunner_ClearsTheWindow_AndPublishesOrderAccepted()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var order = await _flow.CreatedAsync(customer);

        var accepted = await OrderFlow.ExpectOrderAsync(await fixture.Api.PostAsync(runner, $"/v1/orders/{order.OrderId}/accept"));

        Assert.Equal((OrderStatuses.Accepted, runner), (accepted.Status, accepted.RunnerId));
        Assert.Null(accepted.AcceptanceExpiresAt);
        Assert.Equal([OrderStatuses.PendingPayment, OrderStatuses.Created, OrderStatuses.Accepted], accepted.Timeline.Select(t => t.Status));
        var message = await fixture.Probe.WaitForAsync<OrderAccepted>(m => m.OrderId == order.OrderId);
        Assert.Equal((customer, runner), (message.CustomerId, message.RunnerId));
    }

    [Fact]
    public async Task Accept_Repeated_BySameRunner_Is200_AndChangesNothing()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);

        var again = await OrderFlow.ExpectOrderAsync(await fixture.Api.PostAsync(runner, $"/v1/orders/{order.OrderId}/accept"));

        Assert.Equal(order.Timeline, again.Timeline);
        await fixture.Probe.WaitForAsync<OrderAccepted>(m => m.OrderId == order.OrderId);
        Assert.Single(fixture.Probe.All<OrderAccepted>(), m => m.OrderId == order.OrderId);
    }

    [Fact]
    public async Task Accept_ByAnotherRunner_IsAlreadyAccepted()
    {
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), Guid.NewGuid());

        using var response = await fixture.Api.PostAsync(Guid.NewGuid(), $"/v1/orders/{order.OrderId}/accept");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "ORDER_ALREADY_ACCEPTED");
    }

    [Fact]
    public async Task Accept_OwnOrder_IsForbidden()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.CreatedAsync(customer);

        using var response = await fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/accept");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Forbidden, "CANNOT_ACCEPT_OWN_ORDER");
    }

    [Fact]
    public async Task Accept_UnknownOrder_Is404()
    {
        using var response = await fixture.Api.PostAsync(Guid.NewGuid(), $"/v1/orders/{Guid.NewGuid()}/accept");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.NotFound, "ORDER_NOT_FOUND");
    }

    [Fact]
    public async Task Accept_PendingPaymentOrCancelled_IsNotAvailable()
    {
        var pending = await fixture.Api.CreateOrderAsync(Guid.NewGuid());
        var cancelled = await _flow.CreatedAsync(Guid.NewGuid());
        await fixture.Probe.SendAsync(new CancelOrder(cancelled.OrderId, CancellationReasons.Timeout), cancelled.OrderId.ToString());
        await fixture.Probe.WaitForAsync<OrderCancelled>(m => m.OrderId == cancelled.OrderId);

        foreach (var orderId in new[] { pending.OrderId, cancelled.OrderId })
        {
            using var response = await fixture.Api.PostAsync(Guid.NewGuid(), $"/v1/orders/{orderId}/accept");
            await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "ORDER_NOT_AVAILABLE");
        }
    }

    [Fact]
    public async Task Accept_TwentyRunnersAtOnce_ExactlyOneWins()
    {
        var order = await _flow.CreatedAsync(Guid.NewGuid());
        var runners = Enumerable.Range(0, 20).Select(_ => Guid.NewGuid()).ToArray();

        var responses = await Task.WhenAll(runners.Select(r => fixture.Api.PostAsync(r, $"/v1/orders/{order.OrderId}/accept")));

        var winners = responses.Where(r => r.StatusCode == HttpStatusCode.OK).ToArray();
        var winner = await OrdersApi.ReadAsync<OrderResponse>(Assert.Single(winners));
        foreach (var loser in responses.Except(winners))
        {
            await ErrorAssert.HasErrorAsync(loser, HttpStatusCode.Conflict, "ORDER_ALREADY_ACCEPTED");
        }

        Array.ForEach(responses, r => r.Dispose());
        var stored = await fixture.Api.GetOrderAsync(winner.RunnerId!.Value, order.OrderId);
        Assert.Single(stored.Timeline, t => t.Status == OrderStatuses.Accepted);
    }
}
