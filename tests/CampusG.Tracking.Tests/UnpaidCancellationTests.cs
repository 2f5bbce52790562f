using System.Net;
using System.Text.Json;
using CampusG.Escrow.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Testing;

namespace CampusG.Tracking.Tests;

/// <summary>
/// An order cancelled before anything was charged or held: the payment view settles on FAILED/FAILED instead of
/// staying INITIATING/PENDING for ever.
/// </summary>
public sealed class UnpaidCancellationTests(TrackingHostFixture fixture) : IClassFixture<TrackingHostFixture>
{
    private readonly CampusGHost _host = fixture.Host;
    private readonly TestOrder _order = TestOrder.New();

    [Theory]
    [InlineData(CancellationReasons.PaymentMethodMissing)]
    [InlineData(CancellationReasons.PaymentFailed)]
    public void CancelledForAPaymentFailure_ShowsNothingChargedOrHeld(string reason)
    {
        var view = Projection.Replay(_order.OrderId, _order.Created(), CancelledWhilePending(reason));

        Assert.Equal(PaymentStatuses.Failed, view.PaymentStatus);
        Assert.Equal(EscrowStatuses.Failed, view.EscrowStatus);
        Assert.Null(view.AuthorizedAt);
        Assert.Null(view.RefundedAt);
        Assert.Contains(reason, view.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeclinedCard_KeepsTheGatewaysReason_AndSettlesTheEscrow()
    {
        var declined = new PaymentFailed(_order.OrderId, PaymentFailureReasons.Declined, "card_declined", TestOrder.At(1));

        var view = Projection.Replay(_order.OrderId, _order.Created(), declined, CancelledWhilePending(CancellationReasons.PaymentFailed));

        Assert.Equal(PaymentStatuses.Failed, view.PaymentStatus);
        Assert.Equal(EscrowStatuses.Failed, view.EscrowStatus);
        Assert.Contains("card_declined", view.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void ACustomerCancelBeforePayment_SettlesOnTheUndoRepliesOfNothing()
    {
        var cancelled = CancelledWhilePending(CancellationReasons.CustomerCancelled);
        var view = Projection.Replay(_order.OrderId, _order.Created(), cancelled);
        var pendingAfterCancel = (view.PaymentStatus, view.EscrowStatus);

        Projection.Apply(view, _order.Reverted("NONE"));
        Projection.Apply(view, _order.FundsRefunded(amount: 0m));

        // The authorization may still be on its way when the order is cancelled: only the undo replies settle it.
        Assert.Equal((PaymentStatuses.Initiating, EscrowStatuses.Pending), pendingAfterCancel);
        Assert.Equal(PaymentStatuses.Failed, view.PaymentStatus);
        Assert.Equal(EscrowStatuses.Failed, view.EscrowStatus);
    }

    [Fact]
    public void ACustomerCancelAfterTheHold_IsStillARefund()
    {
        var view = Projection.Replay(
            _order.OrderId, _order.Created(), _order.Authorized(), _order.Held(),
            CancelledWhilePending(CancellationReasons.CustomerCancelled), _order.FundsRefunded(), _order.Reverted());

        Assert.Equal(PaymentStatuses.Refunded, view.PaymentStatus);
        Assert.Equal(EscrowStatuses.Refunded, view.EscrowStatus);
    }

    [Fact]
    public async Task ThePaymentView_OfAnOrderCancelledForAMissingCard_SaysFailed()
    {
        using var customer = _host.ClientFor(_order.CustomerId);
        await _host.SendEachAsync(_order.OrderId, _order.Created(), CancelledWhilePending(CancellationReasons.PaymentMethodMissing));
        await _host.WaitForLoggedAsync(_order.OrderId, 2);

        var (status, payment) = await customer.GetJsonAsync($"/v1/orders/{_order.OrderId}/payment");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(PaymentStatuses.Failed, payment.GetProperty("paymentStatus").GetString());
        Assert.Equal(EscrowStatuses.Failed, payment.GetProperty("escrowStatus").GetString());
        Assert.Equal(JsonValueKind.Null, payment.GetProperty("authorizedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, payment.GetProperty("refundedAt").ValueKind);
    }

    private OrderCancelled CancelledWhilePending(string reason) =>
        new(_order.OrderId, _order.CustomerId, reason, OrderStatuses.PendingPayment, TestOrder.At(2));
}
