using CampusG.Escrow.Contracts;
using CampusG.Payments.Contracts;

namespace CampusG.Tracking.Tests;

/// <summary>The payment and escrow side of the read model.</summary>
public sealed class OrderViewPaymentTests
{
    private readonly TestOrder _order = TestOrder.New();

    [Fact]
    public void TheCreateOrderSequence_EndsInEscrow()
    {
        var view = Projection.Replay(_order.OrderId, _order.Created(), _order.Authorized(), _order.Held(), _order.MarkedCreated());

        Assert.Equal(PaymentStatuses.InEscrow, view.PaymentStatus);
        Assert.Equal(EscrowStatuses.Held, view.EscrowStatus);
        Assert.Equal(TestOrder.At(1).UtcDateTime, view.AuthorizedAt);
        Assert.Null(view.RefundedAt);
    }

    [Fact]
    public void AHoldSeenBeforeTheAuthorization_StillEndsInEscrow()
    {
        var view = Projection.Replay(_order.OrderId, _order.Held(), _order.Authorized(), _order.Created());

        Assert.Equal(PaymentStatuses.InEscrow, view.PaymentStatus);
        Assert.Equal(EscrowStatuses.Held, view.EscrowStatus);
        Assert.Equal(_order.CustomerId, view.CustomerId);
        Assert.Equal(1050L, view.AmountMinor);
    }

    [Fact]
    public void ALateAuthorizationAfterARefund_DoesNotMoveThePaymentBack()
    {
        var view = Projection.Replay(
            _order.OrderId, _order.Created(), _order.Authorized(), _order.Held(), _order.FundsRefunded(), _order.Reverted());

        Assert.False(Projection.Apply(view, _order.Authorized(minute: 9)));
        Assert.False(Projection.Apply(view, _order.Held(minute: 9)));
        Assert.Equal(PaymentStatuses.Refunded, view.PaymentStatus);
        Assert.Equal(EscrowStatuses.Refunded, view.EscrowStatus);
        Assert.Equal(TestOrder.At(1).UtcDateTime, view.AuthorizedAt);
        Assert.Equal(TestOrder.At(7).UtcDateTime, view.RefundedAt);
    }

    [Fact]
    public void AFailedPayment_IsFinal_AndKeepsItsReason()
    {
        var view = Projection.Replay(
            _order.OrderId, _order.Created(), new PaymentFailed(_order.OrderId, PaymentFailureReasons.Declined, "card_declined", TestOrder.At(1)));

        Assert.False(Projection.Apply(view, _order.Authorized(minute: 2)));
        Assert.Equal(PaymentStatuses.Failed, view.PaymentStatus);
        Assert.Null(view.AuthorizedAt);
        Assert.Contains("card_declined", view.FailureReason, StringComparison.Ordinal);
    }

    [Fact]
    public void AFailedHold_IsFinal()
    {
        var view = Projection.Replay(
            _order.OrderId, _order.Created(), _order.Authorized(), new FundsHoldFailed(_order.OrderId, "over the limit", TestOrder.At(2)));

        Assert.False(Projection.Apply(view, _order.Held(minute: 3)));
        Assert.Equal(EscrowStatuses.Failed, view.EscrowStatus);
        Assert.Equal(PaymentStatuses.Authorized, view.PaymentStatus);
        Assert.Equal("escrow: over the limit", view.FailureReason);
    }

    [Fact]
    public void RefundsOfNothing_ChangeNothing()
    {
        var view = Projection.Replay(_order.OrderId, _order.Created());

        Assert.False(Projection.Apply(view, _order.FundsRefunded(amount: 0m)));
        Assert.False(Projection.Apply(view, _order.Reverted(PaymentStatuses.Failed)));
        Assert.Equal(EscrowStatuses.Pending, view.EscrowStatus);
        Assert.Equal(PaymentStatuses.Initiating, view.PaymentStatus);
        Assert.Null(view.RefundedAt);
    }

    [Fact]
    public void RepeatedEvents_MoveNothingTwice()
    {
        var view = Projection.Replay(_order.OrderId, _order.Created(), _order.Authorized(), _order.Held());

        Assert.False(Projection.Apply(view, _order.Authorized(minute: 4)));
        Assert.False(Projection.Apply(view, _order.Held(minute: 5)));
        Assert.Equal(TestOrder.At(1).UtcDateTime, view.AuthorizedAt);
        Assert.Equal(PaymentStatuses.InEscrow, view.PaymentStatus);
    }
}
