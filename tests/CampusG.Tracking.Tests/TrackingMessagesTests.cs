using System.Net;
using System.Text.Json;
using CampusG.Escrow.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Testing;

namespace CampusG.Tracking.Tests;

/// <summary>The Tracking module on the real bus: events in, the event log and payment view out over HTTP.</summary>
public sealed class TrackingMessagesTests(TrackingHostFixture fixture) : IClassFixture<TrackingHostFixture>
{
    private readonly CampusGHost _host = fixture.Host;
    private readonly TestOrder _order = TestOrder.New();

    [Fact]
    public async Task TheCreateOrderSequence_GivesThePaymentView_AndEveryEventInOrder()
    {
        await SendAllAsync(_order.Created(), _order.Authorized(), _order.Held(), _order.MarkedCreated());
        await _host.WaitForLoggedAsync(_order.OrderId, 4);
        using var customer = _host.ClientFor(_order.CustomerId);

        var (status, payment) = await customer.GetJsonAsync($"/v1/orders/{_order.OrderId}/payment");
        var (_, events) = await customer.GetJsonAsync($"/v1/orders/{_order.OrderId}/events");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(PaymentStatuses.InEscrow, payment.GetProperty("paymentStatus").GetString());
        Assert.Equal(EscrowStatuses.Held, payment.GetProperty("escrowStatus").GetString());
        Assert.Equal(10.50m, payment.GetProperty("amount").GetDecimal());
        Assert.Equal(TestOrder.At(1), payment.GetProperty("authorizedAt").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, payment.GetProperty("releasedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, payment.GetProperty("refundedAt").ValueKind);
        var items = events.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["order.created", "payment.authorized", "escrow.fundsHeld", "order.updated"], items.Select(i => i.GetProperty("type").GetString()));
        Assert.All(items, i => Assert.Equal("probe", i.GetProperty("source").GetString()));
        Assert.All(items, i => Assert.Equal(_order.OrderId, i.GetProperty("payload").GetProperty("orderId").GetGuid()));
        Assert.Equal(4, items.Select(i => i.GetProperty("id").GetGuid()).Distinct().Count());
        Assert.Equal("CREATED", items[^1].GetProperty("payload").GetProperty("status").GetString());
    }

    [Fact]
    public async Task ARedeliveredMessage_IsRecordedOnce()
    {
        await _host.SendAsync(_order.Created(), _order.OrderId);
        await _host.WaitForLoggedAsync(_order.OrderId, 1);
        var messageId = Guid.NewGuid();

        await _host.PublishAsync(messageId, _order.Authorized(), _order.OrderId, source: "payments");
        await _host.PublishAsync(messageId, _order.Authorized(), _order.OrderId, source: "payments");

        Assert.Equal(2, await _host.CountLoggedAsync(_order.OrderId));
        using var customer = _host.ClientFor(_order.CustomerId);
        var (_, events) = await customer.GetJsonAsync($"/v1/orders/{_order.OrderId}/events");
        var last = events.GetProperty("items")[1];
        Assert.Equal(messageId, last.GetProperty("id").GetGuid());
        Assert.Equal("payments", last.GetProperty("source").GetString());
    }

    [Fact]
    public async Task EventsOvertakingOrderCreated_StillEndInTheRightView()
    {
        using var customer = _host.ClientFor(_order.CustomerId);
        await SendAllAsync(_order.Held(), _order.Authorized());
        await _host.WaitForLoggedAsync(_order.OrderId, 2);
        var (before, error) = await customer.GetJsonAsync($"/v1/orders/{_order.OrderId}/payment");

        await _host.SendAsync(_order.Created(), _order.OrderId);
        await _host.WaitForLoggedAsync(_order.OrderId, 3);
        var (after, payment) = await customer.GetJsonAsync($"/v1/orders/{_order.OrderId}/payment");

        Assert.Equal(HttpStatusCode.NotFound, before);
        Assert.Equal("ORDER_NOT_FOUND", error.ErrorCode());
        Assert.Equal(HttpStatusCode.OK, after);
        Assert.Equal(PaymentStatuses.InEscrow, payment.GetProperty("paymentStatus").GetString());
        Assert.Equal(EscrowStatuses.Held, payment.GetProperty("escrowStatus").GetString());
        Assert.Equal(10.50m, payment.GetProperty("amount").GetDecimal());
    }

    [Fact]
    public async Task ALatePaymentAuthorized_AfterARefund_DoesNotMoveThePaymentBack()
    {
        await SendAllAsync(_order.Created(), _order.Authorized(), _order.Held(), _order.FundsRefunded(), _order.Reverted());
        await _host.SendAsync(_order.Authorized(minute: 9), _order.OrderId);
        await _host.WaitForLoggedAsync(_order.OrderId, 6);
        using var customer = _host.ClientFor(_order.CustomerId);

        var (_, payment) = await customer.GetJsonAsync($"/v1/orders/{_order.OrderId}/payment");

        Assert.Equal(PaymentStatuses.Refunded, payment.GetProperty("paymentStatus").GetString());
        Assert.Equal(EscrowStatuses.Refunded, payment.GetProperty("escrowStatus").GetString());
        Assert.Equal(TestOrder.At(1), payment.GetProperty("authorizedAt").GetDateTimeOffset());
        Assert.Equal(TestOrder.At(7), payment.GetProperty("refundedAt").GetDateTimeOffset());
    }

    private Task SendAllAsync(params object[] events) => _host.SendEachAsync(_order.OrderId, events);
}
