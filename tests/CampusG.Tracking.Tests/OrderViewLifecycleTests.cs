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
            _order.OrderId, _order.Created(), _order.Authorized(), _order.Held(), _order.FundsReleased(_runnerId), _order.PaymentReleased(_runnerId));

        Assert.False(Projection.Apply(view, _order.PaymentReleased(_runnerId, minute: 30)));
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
        Assert.False(Projection.Apply(view, _order.PaymentReleased(_runnerId)));

        Assert.Equal((PaymentStatuses.Refunded, EscrowStatuses.Refunded), (view.PaymentStatus, view.EscrowStatus));
        Assert.Null(view.ReleasedAt);
    }
}
