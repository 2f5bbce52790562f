using CampusG.Orders.Contracts;
using CampusG.Orders.Features;

namespace CampusG.Orders.Tests;

/// <summary>The Orders module on the real bus, driven through its commands.</summary>
public sealed class OrderMessagesTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    [Fact]
    public async Task MarkCreated_OpensTheOrder_ForTheAcceptanceWindow()
    {
        var customer = Guid.NewGuid();
        var order = await fixture.Api.CreateOrderAsync(customer);
        var before = DateTimeOffset.UtcNow;

        await fixture.Probe.SendAsync(new MarkOrderCreated(order.OrderId), order.OrderId.ToString());

        var updated = await fixture.Probe.WaitForAsync<OrderUpdated>(m => m.OrderId == order.OrderId);
        Assert.Equal((OrderStatuses.Created, OrderStatuses.PendingPayment, customer), (updated.Status, updated.PreviousStatus, updated.CustomerId));
        Assert.NotNull(updated.AcceptanceExpiresAt);
        Assert.InRange(updated.AcceptanceExpiresAt.Value, before.AddMinutes(10).AddSeconds(-1), DateTimeOffset.UtcNow.AddMinutes(10).AddSeconds(1));
        var stored = await fixture.Api.GetOrderAsync(customer, order.OrderId);
        Assert.Equal(OrderStatuses.Created, stored.Status);
        Assert.Equal(updated.AcceptanceExpiresAt.Value.UtcDateTime, stored.AcceptanceExpiresAt);
        Assert.Equal([OrderStatuses.PendingPayment, OrderStatuses.Created], stored.Timeline.Select(t => t.Status));
    }

    [Fact]
    public async Task MarkCreated_Repeated_RepeatsTheReply_AndChangesNothing()
    {
        var customer = Guid.NewGuid();
        var order = await fixture.Api.CreateOrderAsync(customer);

        await fixture.Probe.SendAsync(new MarkOrderCreated(order.OrderId), order.OrderId.ToString());
        var first = await fixture.Probe.WaitForAsync<OrderUpdated>(m => m.OrderId == order.OrderId);
        await fixture.Probe.SendAsync(new MarkOrderCreated(order.OrderId), order.OrderId.ToString());
        var replies = await fixture.Probe.WaitForCountAsync<OrderUpdated>(2, m => m.OrderId == order.OrderId);

        Assert.All(replies, r => Assert.Equal(first, r));
        var stored = await fixture.Api.GetOrderAsync(customer, order.OrderId);
        Assert.Equal([OrderStatuses.PendingPayment, OrderStatuses.Created], stored.Timeline.Select(t => t.Status));
    }

    [Fact]
    public async Task MarkCreated_OfACancelledOrder_Fails()
    {
        var order = await fixture.Api.CreateOrderAsync(Guid.NewGuid());
        await fixture.Probe.SendAsync(new CancelOrder(order.OrderId, CancellationReasons.PaymentFailed), order.OrderId.ToString());
        await fixture.Probe.WaitForAsync<OrderCancelled>(m => m.OrderId == order.OrderId);

        await fixture.Probe.SendAsync(new MarkOrderCreated(order.OrderId), order.OrderId.ToString());

        var failed = await fixture.Probe.WaitForAsync<OrderMarkCreatedFailed>(m => m.OrderId == order.OrderId);
        Assert.Contains(OrderStatuses.Cancelled, failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancel_OfAPendingOrder_CancelsItOnce_WithTheFirstReason()
    {
        var customer = Guid.NewGuid();
        var order = await fixture.Api.CreateOrderAsync(customer);

        await fixture.Probe.SendAsync(new CancelOrder(order.OrderId, CancellationReasons.PaymentFailed), order.OrderId.ToString());
        await fixture.Probe.WaitForAsync<OrderCancelled>(m => m.OrderId == order.OrderId);
        await fixture.Probe.SendAsync(new CancelOrder(order.OrderId, CancellationReasons.EscrowFailed), order.OrderId.ToString());
        var replies = await fixture.Probe.WaitForCountAsync<OrderCancelled>(2, m => m.OrderId == order.OrderId);

        Assert.All(replies, r => Assert.Equal(
            (CancellationReasons.PaymentFailed, OrderStatuses.PendingPayment, customer), (r.Reason, r.PreviousStatus, r.CustomerId)));
        var stored = await fixture.Api.GetOrderAsync(customer, order.OrderId);
        Assert.Equal((OrderStatuses.Cancelled, CancellationReasons.PaymentFailed), (stored.Status, stored.CancellationReason));
        Assert.Equal([OrderStatuses.PendingPayment, OrderStatuses.Cancelled], stored.Timeline.Select(t => t.Status));
    }

    [Fact]
    public async Task Cancel_GuardedByAnotherStatus_IsRejected_AndChangesNothing()
    {
        var customer = Guid.NewGuid();
        var order = await fixture.Api.CreateOrderAsync(customer);

        await fixture.Probe.SendAsync(
            new CancelOrder(order.OrderId, CancellationReasons.Timeout, OrderStatuses.Created), order.OrderId.ToString());

        var rejected = await fixture.Probe.WaitForAsync<OrderCancelRejected>(m => m.OrderId == order.OrderId);
        Assert.Equal((CancellationReasons.Timeout, OrderStatuses.PendingPayment), (rejected.RequestedReason, rejected.Status));
        Assert.Equal(OrderStatuses.PendingPayment, (await fixture.Api.GetOrderAsync(customer, order.OrderId)).Status);
    }

    [Fact]
    public async Task Cancel_GuardedByAnotherRound_IsRejected_AndTheRightRoundCancels()
    {
        var customer = Guid.NewGuid();
        var order = await CreatedOrderAsync(customer);

        await fixture.Probe.SendAsync(
            new CancelOrder(order.OrderId, CancellationReasons.Timeout, OrderStatuses.Created, OnlyIfRound: 2), order.OrderId.ToString());
        var rejected = await fixture.Probe.WaitForAsync<OrderCancelRejected>(m => m.OrderId == order.OrderId);
        await fixture.Probe.SendAsync(
            new CancelOrder(order.OrderId, CancellationReasons.Timeout, OrderStatuses.Created, OnlyIfRound: 1), order.OrderId.ToString());
        var cancelled = await fixture.Probe.WaitForAsync<OrderCancelled>(m => m.OrderId == order.OrderId);

        Assert.Equal(OrderStatuses.Created, rejected.Status);
        Assert.Equal(CancellationReasons.Timeout, cancelled.Reason);
    }

    [Fact]
    public async Task Cancel_OfACreatedOrder_GuardedByCreated_Cancels()
    {
        var customer = Guid.NewGuid();
        var order = await CreatedOrderAsync(customer);

        await fixture.Probe.SendAsync(
            new CancelOrder(order.OrderId, CancellationReasons.Timeout, OrderStatuses.Created), order.OrderId.ToString());

        var cancelled = await fixture.Probe.WaitForAsync<OrderCancelled>(m => m.OrderId == order.OrderId);
        Assert.Equal((CancellationReasons.Timeout, OrderStatuses.Created), (cancelled.Reason, cancelled.PreviousStatus));
        var stored = await fixture.Api.GetOrderAsync(customer, order.OrderId);
        Assert.Equal([OrderStatuses.PendingPayment, OrderStatuses.Created, OrderStatuses.Cancelled], stored.Timeline.Select(t => t.Status));
    }

    [Fact]
    public async Task Cancel_OfAnAcceptedOrder_IsRejected()
    {
        var customer = Guid.NewGuid();
        var order = await CreatedOrderAsync(customer);
        await AcceptAsync(order.OrderId, Guid.NewGuid());

        await fixture.Probe.SendAsync(new CancelOrder(order.OrderId, CancellationReasons.Timeout), order.OrderId.ToString());

        var rejected = await fixture.Probe.WaitForAsync<OrderCancelRejected>(m => m.OrderId == order.OrderId);
        Assert.Equal(OrderStatuses.Accepted, rejected.Status);
        Assert.Equal(OrderStatuses.Accepted, (await fixture.Api.GetOrderAsync(customer, order.OrderId)).Status);
    }

    [Fact]
    public async Task Cancel_OfAnUnknownOrder_IsRejected()
    {
        var orderId = Guid.NewGuid();

        await fixture.Probe.SendAsync(new CancelOrder(orderId, CancellationReasons.Timeout), orderId.ToString());

        Assert.Equal("NOT_FOUND", (await fixture.Probe.WaitForAsync<OrderCancelRejected>(m => m.OrderId == orderId)).Status);
    }

    private async Task<OrderResponse> CreatedOrderAsync(Guid customer)
    {
        var order = await fixture.Api.CreateOrderAsync(customer);
        await fixture.Probe.SendAsync(new MarkOrderCreated(order.OrderId), order.OrderId.ToString());
        await fixture.Probe.WaitForAsync<OrderUpdated>(m => m.OrderId == order.OrderId);
        return order;
    }

    private async Task AcceptAsync(Guid orderId, Guid runnerId)
    {
        using var response = await fixture.Api.PostAsync(runnerId, $"/v1/orders/{orderId}/accept");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
