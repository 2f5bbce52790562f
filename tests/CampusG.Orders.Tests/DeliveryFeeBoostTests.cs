using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Orders.Features;
using CampusG.Testing;
using Xunit.Abstractions;

namespace CampusG.Orders.Tests;

/// <summary>The customer raises a waiting errand's delivery fee (2.00 here); a runner's accept decides against it.</summary>
public sealed class DeliveryFeeBoostTests(OrdersHostFixture fixture, ITestOutputHelper output) : IClassFixture<OrdersHostFixture>
{
    private readonly OrderFlow _flow = new(fixture);

    [Fact]
    public async Task Boost_WhileCreated_RaisesTheFee_AndPublishesOrderDeliveryFeeRaised()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.CreatedAsync(customer);

        var boosted = await OrderFlow.ExpectOrderAsync(await BoostAsync(customer, order.OrderId, "3.50"));

        Assert.Equal((3.50m, OrderStatuses.Created), (boosted.DeliveryFee, boosted.Status));
        Assert.Equal([OrderStatuses.PendingPayment, OrderStatuses.Created], boosted.Timeline.Select(t => t.Status)); // no timeline entry
        var raised = await fixture.Probe.WaitForAsync<OrderDeliveryFeeRaised>(m => m.OrderId == order.OrderId);
        Assert.Equal((customer, 1.50m, 3.50m), (raised.CustomerId, raised.Increment, raised.DeliveryFee));
        Assert.Equal(7, raised.BoostId.Version);
    }

    [Fact]
    public async Task Boost_ByTheRunnerOrAStranger_IsNotFound()
    {
        var runner = Guid.NewGuid();
        var order = await _flow.AcceptedAsync(Guid.NewGuid(), runner);

        foreach (var caller in new[] { runner, Guid.NewGuid() })
        {
            using var response = await BoostAsync(caller, order.OrderId, "5.00");
            await ErrorAssert.HasErrorAsync(response, HttpStatusCode.NotFound, "ORDER_NOT_FOUND");
        }
    }

    [Fact]
    public async Task Boost_AfterAcceptanceOrBeforePayment_IsNotAvailable()
    {
        var customer = Guid.NewGuid();
        var accepted = await _flow.AcceptedAsync(customer, Guid.NewGuid());
        var pending = await fixture.Api.CreateOrderAsync(customer);

        foreach (var orderId in new[] { accepted.OrderId, pending.OrderId })
        {
            using var response = await BoostAsync(customer, orderId, "5.00");
            await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "ORDER_NOT_AVAILABLE");
        }
    }

    [Theory]
    [InlineData("2.00")]
    [InlineData("1.00")]
    [InlineData("1000.00")]
    [InlineData("2.505")]
    [InlineData("null")]
    public async Task Boost_NotHigher_OrMalformed_IsAValidationFailure(string fee)
    {
        var customer = Guid.NewGuid();
        var order = await _flow.CreatedAsync(customer);

        using var response = await BoostAsync(customer, order.OrderId, fee);

        await ErrorAssert.HasValidationErrorsAsync(response, "deliveryFee");
        Assert.Equal(2.00m, (await fixture.Api.GetOrderAsync(customer, order.OrderId)).DeliveryFee);
    }

    [Fact]
    public async Task BoostAndAccept_Racing_TheAcceptSeesTheNewFee_OrTheBoostIsRefused()
    {
        var boostsWon = 0;
        for (var round = 0; round < 30; round++)
        {
            var customer = Guid.NewGuid();
            var order = await _flow.CreatedAsync(customer);

            var boost = BoostAsync(customer, order.OrderId, "4.00");
            var accept = fixture.Api.PostAsync(Guid.NewGuid(), $"/v1/orders/{order.OrderId}/accept");
            await Task.WhenAll(boost, accept);
            using var boosted = await boost;
            var accepted = await OrderFlow.ExpectOrderAsync(await accept);

            if (boosted.StatusCode == HttpStatusCode.OK)
            {
                boostsWon++;
                Assert.Equal(4.00m, accepted.DeliveryFee);
                await fixture.Probe.WaitForAsync<OrderDeliveryFeeRaised>(m => m.OrderId == order.OrderId);
            }
            else
            {
                await ErrorAssert.HasErrorAsync(boosted, HttpStatusCode.Conflict, "ORDER_NOT_AVAILABLE");
                Assert.Equal(2.00m, accepted.DeliveryFee);
            }

            Assert.Equal(accepted.DeliveryFee, (await fixture.Api.GetOrderAsync(customer, order.OrderId)).DeliveryFee);
        }

        output.WriteLine($"the boost won {boostsWon} of 30 races; the accept won the rest");
    }

    [Fact]
    public async Task Revert_WhileCreated_PutsTheFeeBack_AndRepliesApplied()
    {
        var customer = Guid.NewGuid();
        var order = await _flow.CreatedAsync(customer);
        var raised = await BoostedAsync(customer, order.OrderId, "3.00");

        await fixture.Probe.SendAsync(new RevertDeliveryFee(order.OrderId, raised.BoostId, 2.00m), order.OrderId.ToString());

        var reply = await fixture.Probe.WaitForAsync<DeliveryFeeReverted>(m => m.BoostId == raised.BoostId);
        Assert.True(reply.Applied);
        Assert.Equal(2.00m, (await fixture.Api.GetOrderAsync(customer, order.OrderId)).DeliveryFee);
    }

    [Fact]
    public async Task Revert_AfterAcceptance_OrOfAnEarlierBoost_IsNotApplied()
    {
        var customer = Guid.NewGuid();
        var accepted = await _flow.CreatedAsync(customer);
        var acceptedBoost = await BoostedAsync(customer, accepted.OrderId, "3.00");
        (await fixture.Api.PostAsync(Guid.NewGuid(), $"/v1/orders/{accepted.OrderId}/accept")).Dispose();
        var twice = await _flow.CreatedAsync(customer);
        var earlier = await BoostedAsync(customer, twice.OrderId, "3.00");
        await BoostedAsync(customer, twice.OrderId, "4.00");

        await fixture.Probe.SendAsync(new RevertDeliveryFee(accepted.OrderId, acceptedBoost.BoostId, 2.00m), accepted.OrderId.ToString());
        await fixture.Probe.SendAsync(new RevertDeliveryFee(twice.OrderId, earlier.BoostId, 2.00m), twice.OrderId.ToString());

        Assert.False((await fixture.Probe.WaitForAsync<DeliveryFeeReverted>(m => m.BoostId == acceptedBoost.BoostId)).Applied);
        Assert.False((await fixture.Probe.WaitForAsync<DeliveryFeeReverted>(m => m.BoostId == earlier.BoostId)).Applied);
        Assert.Equal(3.00m, (await fixture.Api.GetOrderAsync(customer, accepted.OrderId)).DeliveryFee);
        Assert.Equal(4.00m, (await fixture.Api.GetOrderAsync(customer, twice.OrderId)).DeliveryFee);
    }

    private Task<HttpResponseMessage> BoostAsync(Guid customer, Guid orderId, string fee) =>
        fixture.Api.PostAsync(customer, $"/v1/orders/{orderId}/delivery-fee", $$"""{"deliveryFee":{{fee}}}""");

    private async Task<OrderDeliveryFeeRaised> BoostedAsync(Guid customer, Guid orderId, string fee)
    {
        await OrderFlow.ExpectOrderAsync(await BoostAsync(customer, orderId, fee));
        return await fixture.Probe.WaitForAsync<OrderDeliveryFeeRaised>(m => m.OrderId == orderId && m.DeliveryFee == decimal.Parse(fee, System.Globalization.CultureInfo.InvariantCulture));
    }
}
