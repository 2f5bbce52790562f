using System.Net;
using CampusG.Escrow.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Testing;

namespace CampusG.Tracking.Tests;

/// <summary>The order lifecycle events on the real bus: the runner's access and the release in the payment view.</summary>
public sealed class TrackingLifecycleTests(TrackingHostFixture fixture) : IClassFixture<TrackingHostFixture>
{
    private readonly CampusGHost _host = fixture.Host;
    private readonly TestOrder _order = TestOrder.New();
    private readonly Guid _runnerId = Guid.NewGuid();

    [Fact]
    public async Task AfterOrderAccepted_TheRunnerReadsThePaymentAndEvents()
    {
        using var runner = _host.ClientFor(_runnerId);
        await _host.SendEachAsync(_order.OrderId, _order.Created(), _order.Authorized(), _order.Held(), _order.MarkedCreated());
        await _host.WaitForLoggedAsync(_order.OrderId, 4);
        var (before, _) = await runner.GetJsonAsync($"/v1/orders/{_order.OrderId}/payment");

        await _host.SendAsync(_order.RunnerAccepted(_runnerId), _order.OrderId);
        await _host.WaitForLoggedAsync(_order.OrderId, 5);
        var (after, payment) = await runner.GetJsonAsync($"/v1/orders/{_order.OrderId}/payment");
        var (eventsStatus, events) = await runner.GetJsonAsync($"/v1/orders/{_order.OrderId}/events");

        Assert.Equal(HttpStatusCode.NotFound, before);
        Assert.Equal(HttpStatusCode.OK, after);
        Assert.Equal(PaymentStatuses.InEscrow, payment.GetProperty("paymentStatus").GetString());
        Assert.Equal(HttpStatusCode.OK, eventsStatus);
        Assert.Equal("order.accepted", events.GetProperty("items")[4].GetProperty("type").GetString());
    }

    [Fact]
    public async Task AcceptanceCancelled_TakesTheRunnersAccessAway()
    {
        using var runner = _host.ClientFor(_runnerId);
        await _host.SendEachAsync(_order.OrderId, _order.Created(), _order.MarkedCreated(), _order.RunnerAccepted(_runnerId));
        await _host.WaitForLoggedAsync(_order.OrderId, 3);
        var (whileBound, _) = await runner.GetJsonAsync($"/v1/orders/{_order.OrderId}/events");

        await _host.SendAsync(_order.AcceptanceCancelled(_runnerId), _order.OrderId);
        await _host.WaitForLoggedAsync(_order.OrderId, 4);
        var (afterwards, body) = await runner.GetJsonAsync($"/v1/orders/{_order.OrderId}/events");

        Assert.Equal(HttpStatusCode.OK, whileBound);
        Assert.Equal(HttpStatusCode.NotFound, afterwards);
        Assert.Equal("ORDER_NOT_FOUND", body.ErrorCode());
    }

    [Fact]
    public async Task TheCompletedOrder_ShowsTheReleaseToItsRunner()
    {
        await _host.SendEachAsync(
            _order.OrderId, _order.Created(), _order.Authorized(), _order.Held(), _order.MarkedCreated(), _order.RunnerAccepted(_runnerId),
            _order.StatusUpdated(_runnerId, OrderStatuses.Delivered, 10), _order.FundsReleased(_runnerId), _order.PaymentCaptured(),
            _order.Completed(_runnerId));
        await _host.WaitForLoggedAsync(_order.OrderId, 9);
        using var runner = _host.ClientFor(_runnerId);

        var (status, payment) = await runner.GetJsonAsync($"/v1/orders/{_order.OrderId}/payment");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(PaymentStatuses.Released, payment.GetProperty("paymentStatus").GetString());
        Assert.Equal(EscrowStatuses.Released, payment.GetProperty("escrowStatus").GetString());
        Assert.Equal(TestOrder.At(18), payment.GetProperty("releasedAt").GetDateTimeOffset());
        Assert.Equal(10.50m, payment.GetProperty("amount").GetDecimal());
    }
}
