using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;
using CampusG.Testing;
using Xunit.Abstractions;

namespace CampusG.Orders.Tests;

/// <summary>
/// <c>order.enforceDeliveryDeadline</c> on a real host: Orders decides cancel or overdue in one guarded change, against
/// the runner's racing PURCHASED report; the accept carries the deadline; operators list the overdue errands.
/// </summary>
public sealed class DeliveryDeadlineTests(OrdersHostFixture fixture, ITestOutputHelper output) : IClassFixture<OrdersHostFixture>
{
    private readonly OrderFlow _flow = new(fixture);

    [Fact]
    public async Task Accept_CarriesTheDeliveryDeadline_AcceptedPlusTheWindow()
    {
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), Guid.NewGuid());

        var accepted = await fixture.Probe.WaitForAsync<OrderAccepted>(m => m.OrderId == order.OrderId);
        Assert.Equal(accepted.At + TimeSpan.FromHours(2), accepted.DeliveryDeadline);
        Assert.False(order.Overdue);
    }

    [Fact]
    public async Task AnAcceptedErrand_IsCancelledDeliveryTimeout()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(customer, Guid.NewGuid());

        await fixture.Probe.SendAsync(new EnforceDeliveryDeadline(order.OrderId, 1), order.OrderId.ToString());

        var cancelled = await fixture.Probe.WaitForAsync<OrderCancelled>(m => m.OrderId == order.OrderId);
        Assert.Equal((CancellationReasons.DeliveryTimeout, OrderStatuses.Accepted, OrderKinds.Errand), (cancelled.Reason, cancelled.PreviousStatus, cancelled.Kind));
        var stored = await fixture.Api.GetOrderAsync(customer, order.OrderId);
        Assert.Equal((OrderStatuses.Cancelled, CancellationReasons.DeliveryTimeout, false), (stored.Status, stored.CancellationReason, stored.Overdue));
    }

    [Fact]
    public async Task APurchasedErrand_IsFlaggedOverdue_ForItsPartiesOperatorsAndTheMetric()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var order = await PurchasedAsync(customer, runner);

        await fixture.Probe.SendAsync(new EnforceDeliveryDeadline(order.OrderId, 1), order.OrderId.ToString());

        var overdue = await fixture.Probe.WaitForAsync<OrderOverdue>(m => m.OrderId == order.OrderId);
        Assert.Equal((customer, runner, OrderStatuses.Purchased), (overdue.CustomerId, overdue.RunnerId, overdue.Status));
        var stored = await fixture.Api.GetOrderAsync(runner, order.OrderId);
        Assert.Equal((OrderStatuses.Purchased, true, null), (stored.Status, stored.Overdue, stored.CancellationReason));
        using (var listed = await fixture.Api.AdminAsync(HttpMethod.Get, "/v1/admin/orders/overdue"))
        {
            var list = await OrdersApi.ReadAsync<OverdueOrderList>(listed);
            Assert.Contains(list.Items, o => o.OrderId == order.OrderId && o.Overdue);
        }

        using var byCustomer = await fixture.Api.GetAsync(customer, "/v1/admin/orders/overdue");
        await ErrorAssert.HasErrorAsync(byCustomer, HttpStatusCode.Forbidden, "FORBIDDEN");
        await Eventually.TrueAsync(
            async () => (await fixture.Host.Client.GetStringAsync(new Uri("/metrics", UriKind.Relative))).Contains("campusg_orders_overdue_total", StringComparison.Ordinal),
            what: "the overdue counter on /metrics");
    }

    [Fact]
    public async Task TheDeadlineOfARoundTheRunnerGaveBack_DoesNotCancelTheNextAccept()
    {
        var (customer, first) = (Guid.NewGuid(), Guid.NewGuid());
        var order = await _flow.AcceptedAsync(customer, first);
        (await fixture.Api.PostAsync(first, $"/v1/orders/{order.OrderId}/acceptance/cancel")).Dispose();
        await OrderFlow.ExpectOrderAsync(await fixture.Api.PostAsync(Guid.NewGuid(), $"/v1/orders/{order.OrderId}/accept"));

        await fixture.Probe.SendAsync(new EnforceDeliveryDeadline(order.OrderId, 1), order.OrderId.ToString());
        await fixture.Probe.SendAsync(new EnforceDeliveryDeadline(order.OrderId, 2), order.OrderId.ToString());

        // Handled in order (one correlation id): had round 1 cancelled, round 2 would repeat the cancel, a second message.
        var cancelled = await fixture.Probe.WaitForAsync<OrderCancelled>(m => m.OrderId == order.OrderId);
        Assert.Equal(CancellationReasons.DeliveryTimeout, cancelled.Reason);
        Assert.Single(fixture.Probe.All<OrderCancelled>(), m => m.OrderId == order.OrderId);
    }

    [Fact]
    public async Task TheDeadline_RacingTheRunnersPurchased_HasExactlyOneWinner()
    {
        var cancelsWon = 0;
        for (var round = 0; round < 10; round++)
        {
            var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
            var order = await _flow.AcceptedAsync(customer, runner);
            var receipt = await _flow.ProofAsync(runner, order.OrderId, "receipt");
            await OrderFlow.ExpectOrderAsync(await _flow.StatusAsync(runner, order.OrderId, OrderStatuses.OnSite));

            var purchase = _flow.StatusAsync(runner, order.OrderId, OrderStatuses.Purchased, receipt.ProofId);
            var deadline = fixture.Probe.SendAsync(new EnforceDeliveryDeadline(order.OrderId, 1), order.OrderId.ToString());
            await Task.WhenAll(purchase, deadline);
            using var purchased = await purchase;
            var cancelled = await Eventually.UntilAsync(
                () => Task.FromResult(DecisionOf(order.OrderId)), decided => decided is not null, what: "Orders' decision");
            var stored = await fixture.Api.GetOrderAsync(customer, order.OrderId);

            if (cancelled == true)
            {
                cancelsWon++;
                await ErrorAssert.HasErrorAsync(purchased, HttpStatusCode.Conflict, "INVALID_STATUS_TRANSITION");
                Assert.Equal((OrderStatuses.Cancelled, false), (stored.Status, stored.Overdue));
            }
            else
            {
                Assert.Equal(HttpStatusCode.OK, purchased.StatusCode);
                Assert.Equal((OrderStatuses.Purchased, true), (stored.Status, stored.Overdue));
            }

            Assert.False(stored.Timeline.Any(t => t.Status == OrderStatuses.Purchased) && stored.Timeline.Any(t => t.Status == OrderStatuses.Cancelled));
        }

        output.WriteLine($"the deadline won {cancelsWon} of 10 races; the runner's PURCHASED won the rest");
    }

    /// <summary>True when Orders cancelled the errand, false when it flagged it overdue, null before it decided.</summary>
    private bool? DecisionOf(Guid orderId) =>
        fixture.Probe.All<OrderCancelled>().Any(m => m.OrderId == orderId) ? true
        : fixture.Probe.All<OrderOverdue>().Any(m => m.OrderId == orderId) ? false
        : null;

    private async Task<OrderResponse> PurchasedAsync(Guid customer, Guid runner)
    {
        var order = await _flow.AcceptedAsync(customer, runner);
        var receipt = await _flow.ProofAsync(runner, order.OrderId, "receipt");
        await OrderFlow.ExpectOrderAsync(await _flow.StatusAsync(runner, order.OrderId, OrderStatuses.OnSite));
        return await OrderFlow.ExpectOrderAsync(await _flow.StatusAsync(runner, order.OrderId, OrderStatuses.Purchased, receipt.ProofId));
    }
}
