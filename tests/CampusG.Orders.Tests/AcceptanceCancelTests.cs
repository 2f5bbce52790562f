using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Testing;

namespace CampusG.Orders.Tests;

public sealed class AcceptanceCancelTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    private readonly OrderFlow _flow = new(fixture);

    [Fact]
    public async Task CancelAcceptance_ReopensTheOrder_WithANewWindow_AndRoundTwo()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var order = await _flow.AcceptedAsync(customer, runner);
        var before = DateTime.UtcNow;

        var reopened = await OrderFlow.ExpectOrderAsync(await fixture.Api.PostAsync(runner, $"/v1/orders/{order.OrderId}/acceptance/cancel"));

        Assert.Equal(OrderStatuses.Created, reopened.Status);
        Assert.Null(reopened.RunnerId);
        Assert.NotNull(reopened.AcceptanceExpiresAt);
        Assert.InRange(reopened.AcceptanceExpiresAt.Value, before.AddMinutes(10).AddSeconds(-1), DateTime.UtcNow.AddMinutes(10).AddSeconds(1));
        Assert.Equal(
            [OrderStatuses.PendingPayment, OrderStatuses.Created, OrderStatuses.Accepted, OrderStatuses.Created],
            reopened.Timeline.Select(t => t.Status));
        var message = await fixture.Probe.WaitForAsync<OrderAcceptanceCancelled>(m => m.OrderId == order.OrderId);
        Assert.Equal((customer, runner, 2), (message.CustomerId, message.RunnerId, message.AcceptanceRound));
        Assert.Equal(reopened.AcceptanceExpiresAt.Value, message.AcceptanceExpiresAt.UtcDateTime);
    }

    [Fact]
    public async Task CancelAcceptance_ThenAnotherRunnerAccepts()
    {
        var (customer, runner, next) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var order = await _flow.AcceptedAsync(customer, runner);
        (await fixture.Api.PostAsync(runner, $"/v1/orders/{order.OrderId}/acceptance/cancel")).Dispose();

        var accepted = await OrderFlow.ExpectOrderAsync(await fixture.Api.PostAsync(next, $"/v1/orders/{order.OrderId}/accept"));

        Assert.Equal((OrderStatuses.Accepted, next), (accepted.Status, accepted.RunnerId));
    }

    [Fact]
    public async Task CancelAcceptance_ByCustomerOrStranger_Is404()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(customer, Guid.NewGuid());

        foreach (var caller in new[] { customer, Guid.NewGuid() })
        {
            using var response = await fixture.Api.PostAsync(caller, $"/v1/orders/{order.OrderId}/acceptance/cancel");
            await ErrorAssert.HasErrorAsync(response, HttpStatusCode.NotFound, "ORDER_NOT_FOUND");
        }
    }

    [Fact]
    public async Task CancelAcceptance_AfterOnSite_IsAnInvalidTransition()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);
        (await _flow.StatusAsync(runner, order.OrderId, OrderStatuses.OnSite)).Dispose();

        using var response = await fixture.Api.PostAsync(runner, $"/v1/orders/{order.OrderId}/acceptance/cancel");

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "INVALID_STATUS_TRANSITION");
    }
}
