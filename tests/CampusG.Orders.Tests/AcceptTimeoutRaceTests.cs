using System.Net;
using CampusG.Orders.Contracts;
using CampusG.Testing;
using Xunit.Abstractions;

namespace CampusG.Orders.Tests;

/// <summary>The runner's accept and the acceptance timeout arrive together: exactly one of them wins, every time.</summary>
public sealed class AcceptTimeoutRaceTests(OrdersHostFixture fixture, ITestOutputHelper output) : IClassFixture<OrdersHostFixture>
{
    private readonly OrderFlow _flow = new(fixture);

    [Fact]
    public async Task AcceptAndTimeout_Racing_HaveExactlyOneOutcome()
    {
        var acceptsWon = 0;
        for (var round = 0; round < 30; round++)
        {
            var customer = Guid.NewGuid();
            var order = await _flow.CreatedAsync(customer);
            var id = order.OrderId;

            var accept = fixture.Api.PostAsync(Guid.NewGuid(), $"/v1/orders/{id}/accept");
            var timeout = fixture.Probe.SendAsync(new CancelOrder(id, CancellationReasons.Timeout, OrderStatuses.Created), id.ToString());
            await Task.WhenAll(accept, timeout);
            using var response = await accept;
            var stored = await fixture.Api.GetOrderAsync(customer, id);

            if (response.StatusCode == HttpStatusCode.OK)
            {
                acceptsWon++;
                var rejected = await fixture.Probe.WaitForAsync<OrderCancelRejected>(m => m.OrderId == id);
                Assert.Equal(OrderStatuses.Accepted, rejected.Status);
                Assert.Equal(OrderStatuses.Accepted, stored.Status);
            }
            else
            {
                await ErrorAssert.HasErrorAsync(response, HttpStatusCode.Conflict, "ORDER_NOT_AVAILABLE");
                await fixture.Probe.WaitForAsync<OrderCancelled>(m => m.OrderId == id);
                Assert.Equal((OrderStatuses.Cancelled, CancellationReasons.Timeout), (stored.Status, stored.CancellationReason));
                Assert.Null(stored.RunnerId);
            }

            Assert.False(stored.Timeline.Any(t => t.Status == OrderStatuses.Accepted) && stored.Timeline.Any(t => t.Status == OrderStatuses.Cancelled));
        }

        output.WriteLine($"accept won {acceptsWon} of 30 races; the timeout won the rest");
    }
}
