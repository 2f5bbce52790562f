using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;
using CampusG.Testing;

namespace CampusG.Orders.Tests;

/// <summary>Issue 15's rules on a menu order (food fee 9.00, delivery fee 2.00), whose restaurant Orders knows from its copies.</summary>
public sealed class MenuOrderIssueTests(OrdersHostFixture fixture) : IClassFixture<OrdersHostFixture>
{
    private readonly OrderFlow _flow = new(fixture);

    [Fact]
    public async Task PickedUp_WithAnActualFoodFee_IsAValidationFailure()
    {
        var (order, _, rider) = await RiderAssignedAsync(Guid.NewGuid());

        using var response = await fixture.Api.PostAsync(rider, $"/v1/orders/{order.OrderId}/status", """{"status":"PICKED_UP","actualFoodFee":5.00}""");

        await ErrorAssert.HasValidationErrorsAsync(response, "actualFoodFee");
    }

    [Fact]
    public async Task Resolve_ChargedToTheRestaurant_NamesItsOwner()
    {
        var customer = Guid.NewGuid();
        var (order, owner, rider) = await RiderAssignedAsync(customer);
        foreach (var status in new[] { OrderStatuses.PickedUp, OrderStatuses.Delivered })
        {
            await OrderFlow.ExpectOrderAsync(await _flow.StatusAsync(rider, order.OrderId, status));
        }

        var issue = await IssueFlow.ReportedAsync(fixture.Api, customer, order.OrderId);
        using (var ownerReads = await fixture.Api.GetAsync(owner, $"/v1/orders/{order.OrderId}/issues"))
        {
            Assert.Equal(issue.IssueId, Assert.Single((await OrdersApi.ReadAsync<IssueList>(ownerReads)).Items).IssueId);
        }

        using (var tooMuch = await IssueFlow.ResolveAsync(fixture.Api, issue.IssueId, 11.01m, "RESTAURANT"))
        {
            await ErrorAssert.HasErrorAsync(tooMuch, HttpStatusCode.Conflict, "REFUND_EXCEEDS_PAID");
        }

        (await IssueFlow.ResolveAsync(fixture.Api, issue.IssueId, 11.00m, "RESTAURANT")).Dispose();
        var message = await fixture.Probe.WaitForAsync<OrderIssueResolved>(m => m.IssueId == issue.IssueId);
        Assert.Equal((ChargedParties.Restaurant, (Guid?)owner, 11.00m), (message.ChargedTo, message.PartyId, message.RefundAmount));
    }

    [Fact]
    public async Task OperatorCancel_WithARider_CancelsTheMenuOrder_AndBoostIsNotAvailable()
    {
        var customer = Guid.NewGuid();
        var (order, _, _) = await RiderAssignedAsync(customer);

        using (var boost = await fixture.Api.PostAsync(customer, $"/v1/orders/{order.OrderId}/delivery-fee", """{"deliveryFee":5.00}"""))
        {
            await ErrorAssert.HasErrorAsync(boost, HttpStatusCode.Conflict, "ORDER_NOT_AVAILABLE");
        }

        using var cancel = await fixture.Api.AdminAsync(HttpMethod.Post, $"/v1/admin/orders/{order.OrderId}/cancel", """{"note":"kitchen fire"}""");

        Assert.Equal(CancellationReasons.OperatorCancelled, (await OrderFlow.ExpectOrderAsync(cancel)).CancellationReason);
        var message = await fixture.Probe.WaitForAsync<OrderCancelled>(m => m.OrderId == order.OrderId);
        Assert.Equal((OrderStatuses.RiderAssigned, OrderKinds.Menu), (message.PreviousStatus, message.Kind));
    }

    /// <summary>A menu order its restaurant accepted and a rider took; returns it with the owner and the rider.</summary>
    private async Task<(OrderResponse Order, Guid Owner, Guid Rider)> RiderAssignedAsync(Guid customer)
    {
        var (orderId, owner) = await MenuOrderFlow.RestaurantAcceptedAsync(fixture, customer);
        var rider = Guid.NewGuid();
        var assigned = await OrderFlow.ExpectOrderAsync(await fixture.Api.PostAsync(rider, $"/v1/orders/{orderId}/accept"));
        Assert.Equal(OrderStatuses.RiderAssigned, assigned.Status);
        return (assigned, owner, rider);
    }
}
