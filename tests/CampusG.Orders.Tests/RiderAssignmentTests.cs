using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;
using CampusG.Riders.Contracts;
using CampusG.Testing;
using Xunit.Abstractions;

namespace CampusG.Orders.Tests;

/// <summary>The dispatcher's <c>rider.assigned</c> and <c>rider.etaChanged</c> as Orders applies them.</summary>
public sealed class RiderAssignmentTests(OrdersHostFixture fixture, ITestOutputHelper output) : IClassFixture<OrdersHostFixture>
{
    [Fact]
    public async Task TheRiderRequest_NamesThePickup_AndAnAssignment_MakesTheOrderRiderAssigned()
    {
        var customer = Guid.NewGuid();
        var (orderId, _) = await MenuOrderFlow.RestaurantAcceptedAsync(fixture, customer, (1.2966, 103.8502));
        var request = await fixture.Probe.WaitForAsync<OrderRestaurantAccepted>(m => m.OrderId == orderId);
        Assert.Equal(("Koufu", "SMU SCIS 1", 1.2966, 103.8502), (request.Pickup!.Name, request.Pickup.Address, request.Pickup.Lat, request.Pickup.Lng));

        var rider = Guid.NewGuid();
        await Assign(orderId, rider);

        var accepted = await fixture.Probe.WaitForAsync<OrderAccepted>(m => m.OrderId == orderId);
        Assert.Equal((rider, OrderKinds.Menu), (accepted.RunnerId, accepted.Kind));
        var order = await fixture.Api.GetOrderAsync(customer, orderId);
        Assert.Equal((OrderStatuses.RiderAssigned, (Guid?)rider), (order.Status, order.RunnerId));
    }

    [Fact]
    public async Task AnAssignmentOfTheCustomer_OrOfATakenOrder_ChangesNothing()
    {
        var customer = Guid.NewGuid();
        var (orderId, _) = await MenuOrderFlow.RestaurantAcceptedAsync(fixture, customer);
        await Assign(orderId, customer);
        var byHand = Guid.NewGuid();
        await OrderFlow.ExpectOrderAsync(await fixture.Api.PostAsync(byHand, $"/v1/orders/{orderId}/accept"));
        await Assign(orderId, Guid.NewGuid());

        // Messages of one order are handled in order: once this guarded no-op is answered, the assignments were handled.
        await fixture.Probe.SendAsync(new CancelOrder(orderId, CancellationReasons.Timeout, OrderStatuses.Placed), orderId.ToString());
        await fixture.Probe.WaitForAsync<OrderCancelRejected>(m => m.OrderId == orderId);
        Assert.Equal(byHand, Assert.Single(fixture.Probe.All<OrderAccepted>(), m => m.OrderId == orderId).RunnerId);
        Assert.Equal(byHand, (await fixture.Api.GetOrderAsync(customer, orderId)).RunnerId);
    }

    [Fact]
    public async Task AManualAcceptAndAnAssignment_Racing_HaveExactlyOneWinner()
    {
        var manualWon = 0;
        for (var round = 0; round < 15; round++)
        {
            var customer = Guid.NewGuid();
            var (orderId, _) = await MenuOrderFlow.RestaurantAcceptedAsync(fixture, customer);
            var (byHand, dispatched) = (Guid.NewGuid(), Guid.NewGuid());

            var manual = fixture.Api.PostAsync(byHand, $"/v1/orders/{orderId}/accept");
            await Task.WhenAll(manual, Assign(orderId, dispatched));
            using var response = await manual;
            var accepted = await fixture.Probe.WaitForAsync<OrderAccepted>(m => m.OrderId == orderId);
            var order = await fixture.Api.GetOrderAsync(customer, orderId);

            Assert.Equal(accepted.RunnerId, order.RunnerId);
            Assert.Equal(response.StatusCode == HttpStatusCode.OK ? byHand : dispatched, order.RunnerId);
            Assert.Single(order.Timeline, t => t.Status == OrderStatuses.RiderAssigned);
            manualWon += response.StatusCode == HttpStatusCode.OK ? 1 : 0;
        }

        output.WriteLine($"the manual accept won {manualWon} of 15 races; the dispatcher the rest");
    }

    [Fact]
    public async Task TheDispatchersEta_IsTheOrdersEta_UntilPickup()
    {
        var customer = Guid.NewGuid();
        var (orderId, _) = await MenuOrderFlow.RestaurantAcceptedAsync(fixture, customer);
        var rider = Guid.NewGuid();
        await Assign(orderId, rider);
        await fixture.Probe.WaitForAsync<OrderAccepted>(m => m.OrderId == orderId);
        var later = DateTimeOffset.UtcNow.AddMinutes(90);

        await fixture.Probe.SendAsync(new RiderEtaChanged(orderId, later, DateTimeOffset.UtcNow), orderId.ToString());

        var order = await Eventually.UntilAsync(() => fixture.Api.GetOrderAsync(customer, orderId), o => o.Eta is { } eta && Math.Abs((eta - later.UtcDateTime).TotalSeconds) < 1);
        Assert.Equal(OrderStatuses.RiderAssigned, order.Status);
    }

    private Task Assign(Guid orderId, Guid riderId) => fixture.Probe.SendAsync(
        new RiderAssigned(orderId, riderId, DateTimeOffset.UtcNow, new RiderPickup(Guid.NewGuid(), "SMU SCIS 1")), orderId.ToString());
}
