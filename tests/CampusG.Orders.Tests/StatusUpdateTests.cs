using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Testing;

namespace CampusG.Orders.Tests;

public sealed class StatusUpdateTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    private readonly OrderFlow _flow = new(fixture);

    [Fact]
    public async Task FullWalk_WithProofs_ThenCompleteOrder_CompletesWithTheWholeTimeline()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var delivered = await _flow.DeliveredAsync(customer, runner);
        var updates = await fixture.Probe.WaitForCountAsync<OrderStatusUpdated>(5, m => m.OrderId == delivered.OrderId);
        Assert.Equal(
            [OrderStatuses.OnSite, OrderStatuses.Purchased, OrderStatuses.Collected, OrderStatuses.OnTheWay, OrderStatuses.Delivered],
            updates.OrderBy(m => m.At).Select(m => m.Status));
        Assert.NotNull(updates.Single(m => m.Status == OrderStatuses.Delivered).ProofId);

        await fixture.Probe.SendAsync(new CompleteOrder(delivered.OrderId), delivered.OrderId.ToString());

        var completed = await fixture.Probe.WaitForAsync<OrderCompleted>(m => m.OrderId == delivered.OrderId);
        Assert.Equal((customer, runner, 8.50m, 2.00m), (completed.CustomerId, completed.RunnerId, completed.FoodFee, completed.DeliveryFee));
        var stored = await fixture.Api.GetOrderAsync(customer, delivered.OrderId);
        Assert.Equal(OrderStatuses.Completed, stored.Status);
        Assert.Equal(completed.At.UtcDateTime, stored.CompletedAt);
        Assert.Equal(
            [OrderStatuses.PendingPayment, OrderStatuses.Created, OrderStatuses.Accepted, OrderStatuses.OnSite, OrderStatuses.Purchased,
                OrderStatuses.Collected, OrderStatuses.OnTheWay, OrderStatuses.Delivered, OrderStatuses.Completed],
            stored.Timeline.Select(t => t.Status));
    }

    [Fact]
    public async Task CompleteOrder_Repeated_RepeatsTheReply()
    {
        var order = await _flow.CompletedAsync(Guid.NewGuid(), Guid.NewGuid());

        await fixture.Probe.SendAsync(new CompleteOrder(order.OrderId), order.OrderId.ToString());

        var replies = await fixture.Probe.WaitForCountAsync<OrderCompleted>(2, m => m.OrderId == order.OrderId);
        Assert.Equal(replies[0], replies[1]);
    }

    [Fact]
    public async Task CompleteOrder_BeforeDelivery_ChangesNothing()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var early = await _flow.AcceptedAsync(customer, runner);
        await fixture.Probe.SendAsync(new CompleteOrder(early.OrderId), early.OrderId.ToString());
        var later = await _flow.CompletedAsync(customer, runner); // sent after: handled once the early one was

        Assert.Equal(OrderStatuses.Completed, later.Status);
        Assert.Equal(OrderStatuses.Accepted, (await fixture.Api.GetOrderAsync(customer, early.OrderId)).Status);
        Assert.DoesNotContain(fixture.Probe.All<OrderCompleted>(), m => m.OrderId == early.OrderId);
    }

    [Theory]
    [InlineData(OrderStatuses.Purchased)]
    [InlineData(OrderStatuses.Completed)]
    [InlineData(OrderStatuses.Created)]
    [InlineData(OrderStatuses.Cancelled)]
    public async Task Status_NotTheNextStep_IsAnInvalidTransition(string status)
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);

        using var response = await _flow.StatusAsync(runner, order.OrderId, status);

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "INVALID_STATUS_TRANSITION");
    }

    [Fact]
    public async Task Status_DeliveredToCompleted_IsNotTheRunners()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.DeliveredAsync(Guid.NewGuid(), runner);

        using var response = await _flow.StatusAsync(runner, order.OrderId, OrderStatuses.Completed);

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "INVALID_STATUS_TRANSITION");
    }

    [Fact]
    public async Task Purchased_WithoutAReceiptOfThisOrder_NeedsAProof()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);
        var other = await _flow.AcceptedAsync(Guid.NewGuid(), runner);
        var delivery = await _flow.ProofAsync(runner, order.OrderId, "delivery");
        var foreignReceipt = await _flow.ProofAsync(runner, other.OrderId, "receipt");
        (await _flow.StatusAsync(runner, order.OrderId, OrderStatuses.OnSite)).Dispose();

        foreach (var proofId in new Guid?[] { null, delivery.ProofId, foreignReceipt.ProofId, Guid.NewGuid() })
        {
            using var response = await _flow.StatusAsync(runner, order.OrderId, OrderStatuses.Purchased, proofId);
            await ErrorAssert.HasErrorAsync(response, HttpStatusCode.BadRequest, "PROOF_REQUIRED");
        }

        Assert.Equal(OrderStatuses.OnSite, (await fixture.Api.GetOrderAsync(runner, order.OrderId)).Status);
    }

    [Fact]
    public async Task Delivered_WithAReceipt_NeedsADeliveryProof()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);
        var receipt = await _flow.ProofAsync(runner, order.OrderId, "receipt");
        foreach (var (status, proof) in new (string, Guid?)[]
            { (OrderStatuses.OnSite, null), (OrderStatuses.Purchased, receipt.ProofId), (OrderStatuses.Collected, null), (OrderStatuses.OnTheWay, null) })
        {
            (await _flow.StatusAsync(runner, order.OrderId, status, proof)).Dispose();
        }

        using var response = await _flow.StatusAsync(runner, order.OrderId, OrderStatuses.Delivered, receipt.ProofId);

        await ErrorAssert.HasErrorAsync(response, HttpStatusCode.BadRequest, "PROOF_REQUIRED");
    }

    [Theory]
    [InlineData("""{"status":"FLYING"}""")]
    [InlineData("""{"status":"on_site"}""")]
    [InlineData("""{}""")]
    public async Task Status_Unknown_IsAValidationFailure(string body)
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);

        using var response = await fixture.Api.PostAsync(runner, $"/v1/orders/{order.OrderId}/status", body);

        await ErrorAssert.HasValidationErrorsAsync(response, "status");
    }

    [Fact]
    public async Task Status_ByCustomerOrStranger_Is404()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(customer, Guid.NewGuid());

        foreach (var caller in new[] { customer, Guid.NewGuid() })
        {
            using var response = await _flow.StatusAsync(caller, order.OrderId, OrderStatuses.OnSite);
            await ErrorAssert.HasErrorAsync(response, HttpStatusCode.NotFound, "ORDER_NOT_FOUND");
        }
    }

    [Fact]
    public async Task Status_Repeated_Is200_AndChangesNothing()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);
        var first = await OrderFlow.ExpectOrderAsync(await _flow.StatusAsync(runner, order.OrderId, OrderStatuses.OnSite));

        var again = await OrderFlow.ExpectOrderAsync(await _flow.StatusAsync(runner, order.OrderId, OrderStatuses.OnSite));

        Assert.Equal(first.Timeline, again.Timeline);
    }
}
