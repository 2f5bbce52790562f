using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;
using CampusG.Testing;
using Xunit.Abstractions;

namespace CampusG.Orders.Tests;

public sealed class OperatorCancelTests(OrdersHostFixture fixture, ITestOutputHelper output) : IClassFixture<OrdersHostFixture>
{
    private readonly OrderFlow _flow = new(fixture);

    [Fact]
    public async Task Cancel_AnAcceptedOrder_IsCancelledByTheOperator_WithTheTimelineAndOrderCancelled()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(customer, Guid.NewGuid());

        var cancelled = await OrderFlow.ExpectOrderAsync(await CancelAsync(order.OrderId));

        Assert.Equal((OrderStatuses.Cancelled, CancellationReasons.OperatorCancelled), (cancelled.Status, cancelled.CancellationReason));
        Assert.Equal([OrderStatuses.PendingPayment, OrderStatuses.Created, OrderStatuses.Accepted, OrderStatuses.Cancelled], cancelled.Timeline.Select(t => t.Status));
        var message = await fixture.Probe.WaitForAsync<OrderCancelled>(m => m.OrderId == order.OrderId);
        Assert.Equal((customer, CancellationReasons.OperatorCancelled, OrderStatuses.Accepted, OrderKinds.Errand), (message.CustomerId, message.Reason, message.PreviousStatus, message.Kind));
        Assert.Equal(OrderStatuses.Cancelled, (await fixture.Api.GetOrderAsync(customer, order.OrderId)).Status);
    }

    [Fact]
    public async Task Cancel_PendingPaymentOrOnTheWay_IsAllowed()
    {
        var runner = Guid.NewGuid();
        var pending = await fixture.Api.CreateOrderAsync(Guid.NewGuid());
        var onTheWay = await OnTheWayAsync(Guid.NewGuid(), runner);

        foreach (var orderId in new[] { pending.OrderId, onTheWay.OrderId })
        {
            var cancelled = await OrderFlow.ExpectOrderAsync(await CancelAsync(orderId));
            Assert.Equal(CancellationReasons.OperatorCancelled, cancelled.CancellationReason);
        }
    }

    [Fact]
    public async Task Cancel_DeliveredCompletedOrCancelled_IsNotCancellable()
    {
        var delivered = await _flow.DeliveredAsync(Guid.NewGuid(), Guid.NewGuid());
        var completed = await _flow.CompletedAsync(Guid.NewGuid(), Guid.NewGuid());
        var cancelled = await _flow.CreatedAsync(Guid.NewGuid());
        (await CancelAsync(cancelled.OrderId)).Dispose();

        foreach (var orderId in new[] { delivered.OrderId, completed.OrderId, cancelled.OrderId })
        {
            using var response = await CancelAsync(orderId);
            await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "ORDER_NOT_CANCELLABLE");
        }

        Assert.Single(fixture.Probe.All<OrderCancelled>(), m => m.OrderId == cancelled.OrderId);
    }

    [Fact]
    public async Task Cancel_UnknownOrder_IsNotFound_AndNonOperators_AreForbidden()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.CreatedAsync(customer);

        using var unknown = await CancelAsync(Guid.NewGuid());
        using var byCustomer = await fixture.Api.PostAsync(customer, $"/v1/admin/orders/{order.OrderId}/cancel", """{"note":"mine"}""");

        await ErrorAssert.HasErrorAsync(unknown, HttpStatusCode.NotFound, "ORDER_NOT_FOUND");
        await ErrorAssert.HasErrorAsync(byCustomer, HttpStatusCode.Forbidden, "FORBIDDEN");
        Assert.Equal(OrderStatuses.Created, (await fixture.Api.GetOrderAsync(customer, order.OrderId)).Status);
    }

    [Fact]
    public async Task Cancel_RacingTheRunnersDeliveredReport_HasExactlyOneWinner()
    {
        var cancelsWon = 0;
        for (var round = 0; round < 10; round++)
        {
            var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
            var order = await OnTheWayAsync(customer, runner);
            var proof = await _flow.ProofAsync(runner, order.OrderId, "delivery");

            // Each side is sent first in half the rounds, so both outcomes get their turn.
            Task<HttpResponseMessage> cancel, deliver;
            if (round % 2 == 0)
            {
                cancel = CancelAsync(order.OrderId);
                deliver = _flow.StatusAsync(runner, order.OrderId, OrderStatuses.Delivered, proof.ProofId);
            }
            else
            {
                deliver = _flow.StatusAsync(runner, order.OrderId, OrderStatuses.Delivered, proof.ProofId);
                cancel = CancelAsync(order.OrderId);
            }

            await Task.WhenAll(cancel, deliver);
            using var cancelled = await cancel;
            using var delivered = await deliver;
            var stored = await fixture.Api.GetOrderAsync(customer, order.OrderId);

            if (cancelled.StatusCode == HttpStatusCode.OK)
            {
                cancelsWon++;
                await ErrorAssert.HasErrorAsync(delivered, HttpStatusCode.Conflict, "INVALID_STATUS_TRANSITION");
                Assert.Equal(OrderStatuses.Cancelled, stored.Status);
            }
            else
            {
                await ErrorAssert.HasErrorAsync(cancelled, HttpStatusCode.Conflict, "ORDER_NOT_CANCELLABLE");
                Assert.Equal(HttpStatusCode.OK, delivered.StatusCode);
                Assert.Equal(OrderStatuses.Delivered, stored.Status);
            }

            Assert.False(stored.Timeline.Any(t => t.Status == OrderStatuses.Delivered) && stored.Timeline.Any(t => t.Status == OrderStatuses.Cancelled));
        }

        output.WriteLine($"the operator's cancel won {cancelsWon} of 10 races; the runner's DELIVERED won the rest");
    }

    private Task<HttpResponseMessage> CancelAsync(Guid orderId) =>
        fixture.Api.AdminAsync(HttpMethod.Post, $"/v1/admin/orders/{orderId}/cancel", """{"note":"customer called: duplicate order"}""");

    private async Task<OrderResponse> OnTheWayAsync(Guid customer, Guid runner)
    {
        var order = await _flow.AcceptedAsync(customer, runner);
        var receipt = await _flow.ProofAsync(runner, order.OrderId, "receipt");
        foreach (var (status, proof) in new (string, Guid?)[]
            { (OrderStatuses.OnSite, null), (OrderStatuses.Purchased, receipt.ProofId), (OrderStatuses.Collected, null), (OrderStatuses.OnTheWay, null) })
        {
            order = await OrderFlow.ExpectOrderAsync(await _flow.StatusAsync(runner, order.OrderId, status, proof));
        }

        return order;
    }
}
