using CampusG.Escrow.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;

namespace CampusG.Tracking.Tests;

/// <summary>Acceptance, the runner's updates, completion and the release, on the read model.</summary>
public sealed class OrderViewLifecycleTests
{
    private readonly TestOrder _order = TestOrder.New();
    private readonly Guid _runnerId = Guid.NewGuid();

    [Fact]
    public void Accepted_BindsTheRunner()
    {
        var view = Projection.Replay(_order.OrderId, _order.Created(), _order.MarkedCreated(), _order.RunnerAccepted(_runnerId));

        Assert.Equal((OrderStatuses.Accepted, _runnerId), (view.Status, view.RunnerId));
        Assert.True(view.IsVisibleTo(_runnerId));
    }

    [Fact]
    public void AcceptanceCancelled_GoesBackToCreated_AndUnbindsTheRunner()
    {
        var view = Projection.Replay(_order.OrderId, _order.Created(), _order.MarkedCreated(), _order.RunnerAccepted(_runnerId));

        Assert.False(Projection.Apply(view, _order.AcceptanceCancelled(Guid.NewGuid())));
        Assert.True(Projection.Apply(view, _order.AcceptanceCancelled(_runnerId)));
        Assert.False(Projection.Apply(view, _order.AcceptanceCancelled(_runnerId)));

        Assert.Equal(OrderStatuses.Created, view.Status);
        Assert.Null(view.RunnerId);
        Assert.Equal(TestOrder.At(35).UtcDateTime, view.AcceptanceExpiresAt);
        Assert.False(view.IsVisibleTo(_runnerId));
    }

    [Fact]
    public void ALateAcceptance_AfterTheGiveBack_ChangesNothing()
    {
        var view = Projection.Replay(
            _order.OrderId, _order.Created(), _order.MarkedCreated(), _order.RunnerAccepted(_runnerId), _order.AcceptanceCancelled(_runnerId));

        Assert.False(Projection.Apply(view, _order.RunnerAccepted(_runnerId)));
        Assert.True(Projection.Apply(view, _order.RunnerAccepted(Guid.NewGuid(), minute: 6)));
        Assert.Equal(OrderStatuses.Accepted, view.Status);
    }

    [Fact]
    public void StatusUpdates_MoveForwardsOnly_AndCompletionIsFinal()
    {
        var view = Projection.Replay(
            _order.OrderId, _order.Created(), _order.MarkedCreated(), _order.RunnerAccepted(_runnerId),
            _order.StatusUpdated(_runnerId, OrderStatuses.Purchased, 8), _order.Completed(_runnerId));

        Assert.False(Projection.Apply(view, _order.StatusUpdated(_runnerId, OrderStatuses.OnSite, 7)));
        Assert.False(Projection.Apply(view, _order.StatusUpdated(_runnerId, OrderStatuses.Delivered, 21)));
        Assert.False(Projection.Apply(view, _order.Cancelled(CancellationReasons.CustomerCancelled, 22)));
        Assert.False(Projection.Apply(view, _order.AcceptanceCancelled(_runnerId, 23)));

        Assert.Equal(OrderStatuses.Completed, view.Status);
        Assert.Equal(_runnerId, view.RunnerId);
        Assert.Equal(
            [OrderStatuses.PendingPayment, OrderStatuses.Created, OrderStatuses.Accepted, OrderStatuses.Purchased, OrderStatuses.Completed],
            view.Timeline.OrderBy(e => e.At).Select(e => e.Status));
    }

    [Fact]
    public void TheRelease_EndsThePaymentAndEscrowInReleased_Once()
    {
        var view = Projection.Replay(
            _order.OrderId, _order.Created(), _order.Authorized(), _order.Held(), _order.FundsReleased(_runnerId), _order.PaymentCaptured());

        Assert.False(Projection.Apply(view, _order.PaymentCaptured(minute: 30)));
        Assert.False(Projection.Apply(view, _order.FundsRefunded(minute: 31)));
        Assert.False(Projection.Apply(view, _order.Reverted(minute: 32)));

        Assert.Equal((PaymentStatuses.Released, EscrowStatuses.Released), (view.PaymentStatus, view.EscrowStatus));
        Assert.Equal(TestOrder.At(18).UtcDateTime, view.ReleasedAt);
        Assert.Null(view.RefundedAt);
    }

    [Fact]
    public void ARelease_AfterARefund_ChangesNothing()
    {
        var view = Projection.Replay(_order.OrderId, _order.Created(), _order.Authorized(), _order.Held(), _order.FundsRefunded(), _order.Reverted());

        Assert.False(Projection.Apply(view, _order.FundsReleased(_runnerId)));
        Assert.False(Projection.Apply(view, _order.PaymentCaptured()));

        Assert.Equal((PaymentStatuses.Refunded, EscrowStatuses.Refunded), (view.PaymentStatus, view.EscrowStatus));
        Assert.Null(view.ReleasedAt);
    }

    [Fact]
    public void WhatWentBack_IsTheReceiptsSavingPlusTheProblemRefunds_CountedOnce()
    {
        var released = new FundsReleased(_order.OrderId, Guid.NewGuid(), _runnerId, 10.50m, TestOrder.At(18), null, CustomerRefund: 1.25m);
        var view = Projection.Replay(
            _order.OrderId, _order.Created(), _order.Authorized(), _order.Held(), _order.RunnerAccepted(_runnerId), released, _order.PaymentCaptured());

        Assert.True(Projection.Apply(view, _order.PartlyRefunded(2.00m, total: 2.00m)));
        Projection.Apply(view, _order.PartlyRefunded(2.00m, total: 2.00m));
        Projection.Apply(view, _order.PartlyRefunded(1.00m, total: 3.00m));
        Projection.Apply(view, _order.PartlyRefunded(2.00m, total: 2.00m));

        Assert.Equal(125L + 300L, view.RefundedMinor);
        Assert.Equal((SplitParties.Runner, 1050L - 125L), (view.Splits()[0].Party, view.Splits()[0].AmountMinor));
    }

    [Fact]
    public void AFullRefund_CountsTheWholeAmount_AndABoostGrowsTheAmountOnlyWhileHeld()
    {
        var view = Projection.Replay(_order.OrderId, _order.Created(), _order.Authorized(), _order.Held());
        Assert.True(Projection.Apply(view, new HoldIncreased(_order.OrderId, Guid.NewGuid(), 1.50m, 12.00m, TestOrder.At(5))));
        Assert.Equal((1200L, 350L), (view.AmountMinor, view.DeliveryFeeMinor));

        Projection.Apply(view, _order.FundsRefunded());
        Assert.False(Projection.Apply(view, new HoldIncreased(_order.OrderId, Guid.NewGuid(), 1.00m, 13.00m, TestOrder.At(9))));

        Assert.Equal(1200L, view.RefundedMinor);
    }
}
