using CampusG.Escrow.Contracts;
using CampusG.Inventory.Contracts;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Domain;
using CampusG.Timers.Contracts;
using CampusG.Users.Contracts;
using static CampusG.Sagas.Tests.CreateOrderFlow;
using static CampusG.Sagas.Tests.LifecycleFlow;

namespace CampusG.Sagas.Tests;

/// <summary>The menu-order paths of the sagas, as pure functions: reserve first, the restaurant's and riders' windows, the split release.</summary>
public sealed class MenuOrderStepTests
{
    private static readonly Guid Owner = Guid.NewGuid();
    private static readonly Guid Rice = Guid.NewGuid();
    private static readonly Guid Tea = Guid.NewGuid();

    private readonly CreateOrderFlow _flow = new();

    private OrderCreated Created => _flow.Created with
    {
        Kind = OrderKinds.Menu, RestaurantId = Guid.NewGuid(), RestaurantOwnerId = Owner,
        Lines = [new OrderLine(Rice, "Chicken rice", 4.25m, 2), new OrderLine(Tea, "Iced lemon tea", 1.50m, 1)],
    };

    private StockReserved Reserved => new(_flow.OrderId, [new StockLine(Rice, 2), new StockLine(Tea, 1)], Now);

    private OrderUpdated Placed => _flow.MarkedCreated with { Status = OrderStatuses.Placed };

    private TimerStarted DecisionTimerStarted =>
        new(OrderTimers.DecisionTimerId(_flow.OrderId), _flow.OrderId, TimerPurposes.RestaurantDecision, ExpiresAt);

    private CreateOrderState Run(params object[] replies) =>
        replies.Aggregate(CreateOrderSaga.Start(Created).State, (state, reply) => CreateOrderSaga.On(state, reply, Now).State);

    [Fact]
    public void AMenuOrder_ReservesItsStockFirst_ThenPaysHoldsPlacesAndStartsTheDecisionTimer()
    {
        var start = CreateOrderSaga.Start(Created);
        Assert.Equal([new ReserveStock(_flow.OrderId, [new StockLine(Rice, 2), new StockLine(Tea, 1)])], Messages(start).Cast<ReserveStock>().Select(r => r with { Items = [.. r.Items] }),
            new ReserveStockComparer());

        var afterReserve = CreateOrderSaga.On(start.State, Reserved, Now);
        Assert.IsType<RetrievePaymentInfo>(Assert.Single(Messages(afterReserve)));
        Assert.True(afterReserve.State.StockReserved);

        var timer = CreateOrderSaga.On(Run(Reserved, _flow.PaymentInfo, _flow.Authorized, _flow.Held), Placed, Now);
        var started = Assert.IsType<StartTimer>(Assert.Single(Messages(timer)));
        Assert.Equal((OrderTimers.DecisionTimerId(_flow.OrderId), TimerPurposes.RestaurantDecision, ExpiresAt), (started.TimerId, started.Purpose, started.DueAt));
    }

    [Fact]
    public void APlacedOrder_TellsTheCustomerThenTheRestaurantsOwner_ThenCompletes()
    {
        var notify = CreateOrderSaga.On(Run(Reserved, _flow.PaymentInfo, _flow.Authorized, _flow.Held, Placed), DecisionTimerStarted, Now);
        var customer = Assert.IsType<SendNotification>(Assert.Single(Messages(notify)));
        Assert.Equal((_flow.CustomerId, NotificationTemplates.OrderPlaced), (customer.UserId, customer.Template));

        var sent = new NotificationSent(customer.NotificationId, _flow.CustomerId, _flow.OrderId, NotificationTemplates.OrderPlaced, Now);
        var owner = CreateOrderSaga.On(notify.State, sent, Now);
        var ownerNotice = Assert.IsType<SendNotification>(Assert.Single(Messages(owner)));
        Assert.Equal((Owner, NotificationTemplates.RestaurantNewOrder), (ownerNotice.UserId, ownerNotice.Template));

        var done = CreateOrderSaga.On(owner.State, new NotificationSent(ownerNotice.NotificationId, Owner, _flow.OrderId, ownerNotice.Template, Now), Now);
        Assert.Equal(SagaStates.Completed, done.State.Status);
    }

    [Fact]
    public void OutOfStock_CancelsAndNamesTheItems_WithoutAuthorizingOrReleasingAnything()
    {
        var failed = new StockReservationFailed(_flow.OrderId, StockFailureReasons.OutOfStock, [new StockShortfall(Rice, 2, 1)], Now);
        var result = CreateOrderSaga.On(CreateOrderSaga.Start(Created).State, failed, Now);

        Assert.Equal(SagaStates.Compensating, result.State.Status);
        var sent = Messages(result);
        Assert.Equal(CancellationReasons.OutOfStock, Assert.IsType<CancelOrder>(sent[0]).Reason);
        var notice = Assert.IsType<SendNotification>(sent[1]);
        Assert.Contains("Chicken rice (2 asked, 1 left)", notice.Message, StringComparison.Ordinal);
        Assert.Equal(2, sent.Length);
    }

    [Fact]
    public void AFailureAfterTheReservation_ReleasesTheStockWithTheOtherUndoing()
    {
        var declined = new PaymentFailed(_flow.OrderId, PaymentFailureReasons.Declined, "declined", Now);
        var result = CreateOrderSaga.On(Run(Reserved, _flow.PaymentInfo), declined, Now);

        Assert.Contains(Messages(result), m => m is ReleaseStock r && r.OrderId == _flow.OrderId);
        var compensated = new object[]
        {
            new OrderCancelled(_flow.OrderId, _flow.CustomerId, CancellationReasons.PaymentFailed, OrderStatuses.PendingPayment, Now, OrderKinds.Menu),
            new StockReleased(_flow.OrderId, [new StockLine(Rice, 2)], Now),
            _flow.CancelledNotificationSent with { Template = NotificationTemplates.PaymentFailed },
        }.Aggregate(result.State, (s, r) => CreateOrderSaga.On(s, r, Now).State);
        Assert.Equal(SagaStates.Compensated, compensated.Status);
    }

    [Fact]
    public void TheRestaurantsAcceptance_StopsTheDecisionTimer_OpensRiderWindowOne_AndConfirmsWithTheEta()
    {
        var accepted = new OrderRestaurantAccepted(_flow.OrderId, _flow.CustomerId, Guid.NewGuid(), Now.AddMinutes(20), ExpiresAt, Now, Now.AddMinutes(35));
        var result = AcceptOrderSaga.Routes.For(typeof(OrderRestaurantAccepted))!.Start!(accepted, Now);

        var sent = LifecycleFlow.Messages(result);
        Assert.Equal(new StopTimer(OrderTimers.DecisionTimerId(_flow.OrderId)), sent[0]);
        Assert.Equal(new StartTimer(OrderTimers.RiderTimerId(_flow.OrderId, 1), _flow.OrderId, TimerPurposes.RiderWindow, ExpiresAt), sent[1]);
        var notice = Assert.IsType<SendNotification>(sent[2]);
        Assert.Equal(NotificationTemplates.OrderConfirmed, notice.Template);
        Assert.Contains("12:35", notice.Message, StringComparison.Ordinal);

        var rider = Guid.NewGuid();
        var assigned = AcceptOrderSaga.On(result.State, new OrderAccepted(_flow.OrderId, _flow.CustomerId, rider, Now, OrderKinds.Menu), Now);
        Assert.Equal(new StopTimer(OrderTimers.RiderTimerId(_flow.OrderId, 1)), LifecycleFlow.Messages(assigned)[0]);
        Assert.Equal(NotificationTemplates.RiderAssigned, Assert.IsType<SendNotification>(LifecycleFlow.Messages(assigned)[1]).Template);

        var givenBack = AcceptOrderSaga.On(assigned.State, new OrderAcceptanceCancelled(_flow.OrderId, _flow.CustomerId, rider, ExpiresAt, 2, Now), Now);
        Assert.Equal(
            new StartTimer(OrderTimers.RiderTimerId(_flow.OrderId, 2), _flow.OrderId, TimerPurposes.RiderWindow, ExpiresAt),
            LifecycleFlow.Messages(givenBack)[0]);
    }

    [Theory]
    [InlineData(CancellationReasons.RestaurantTimeout, OrderStatuses.Placed)]
    [InlineData(CancellationReasons.NoRider, OrderStatuses.Accepted)]
    public void AMenuWindowRunningOut_CancelsOnlyFromItsStatus_ThenRefundsRevertsReleasesAndTells(string reason, string status)
    {
        var timer = Guid.NewGuid();
        var start = CancelOrderSaga.Start(new WindowTimedOut(_flow.OrderId, timer, 1, reason, status));
        Assert.Equal([new CancelOrder(_flow.OrderId, reason, status, 1)], LifecycleFlow.Messages(start));

        var cancelled = new OrderCancelled(_flow.OrderId, _flow.CustomerId, reason, status, Now, OrderKinds.Menu);
        var steps = new List<object>();
        var state = start.State;
        foreach (var reply in new object[]
        {
            cancelled, new FundsRefunded(_flow.OrderId, Guid.NewGuid(), 10.50m, Now),
            new PaymentReverted(_flow.OrderId, Guid.NewGuid(), PaymentStatuses.Refunded, Now),
            new StockReleased(_flow.OrderId, [new StockLine(Rice, 2)], Now),
        })
        {
            var next = CancelOrderSaga.On(state, reply, Now);
            steps.AddRange(LifecycleFlow.Messages(next));
            state = next.State;
        }

        Assert.Equal([typeof(RefundFunds), typeof(RevertPayment), typeof(ReleaseStock), typeof(SendNotification)], steps.Select(s => s.GetType()));
        var done = CancelOrderSaga.On(state, new NotificationSent(((SendNotification)steps[^1]).NotificationId, _flow.CustomerId, _flow.OrderId, NotificationTemplates.OrderCancelled, Now), Now);
        Assert.Equal(SagaStates.Completed, done.State.Status);
    }

    [Fact]
    public void ARestaurantsReject_UndoesEverythingAtOnce_AndSaysSo()
    {
        var start = CancelOrderSaga.Start(new CancelledByParty(
            _flow.OrderId, _flow.CustomerId, OrderTimers.DecisionTimerId(_flow.OrderId), CancellationReasons.RestaurantRejected, OrderKinds.Menu));

        var sent = LifecycleFlow.Messages(start);
        Assert.Equal(
            [typeof(CancelTimer), typeof(RefundFunds), typeof(RevertPayment), typeof(ReleaseStock), typeof(SendNotification)],
            sent.Select(s => s.GetType()));
        Assert.Equal(NotificationTemplates.OrderRejected, ((SendNotification)sent[^1]).Template);
    }

    [Fact]
    public void AMenuOrdersCompletion_CapturesThenReleasesWithTheOwner_NeverAPayout()
    {
        var lifecycle = new LifecycleFlow(_flow.OrderId, _flow.CustomerId);
        var start = CompleteOrderSaga.Start(lifecycle.Delivered(OrderKinds.Menu, Owner));
        Assert.Equal([new CapturePayment(_flow.OrderId, 10.50m)], LifecycleFlow.Messages(start));

        var captured = CompleteOrderSaga.On(start.State, new PaymentCaptured(_flow.OrderId, Guid.NewGuid(), 10.50m, Now), Now);
        Assert.Equal([new ReleaseFunds(_flow.OrderId, lifecycle.RunnerId, Owner)], LifecycleFlow.Messages(captured));
        var released = CompleteOrderSaga.On(captured.State, lifecycle.FundsReleased, Now);
        Assert.Equal([new CompleteOrder(_flow.OrderId)], LifecycleFlow.Messages(released));

        var failed = CompleteOrderSaga.On(start.State, new PaymentCaptureFailed(_flow.OrderId, "CAPTURE_DECLINED: expired", Now), Now);
        Assert.Equal(SagaStates.Failed, failed.State.Status);
        Assert.DoesNotContain(LifecycleFlow.Messages(captured), m => m is RetrievePaymentInfo or PayOut);
    }

    private sealed class ReserveStockComparer : IEqualityComparer<ReserveStock>
    {
        public bool Equals(ReserveStock? x, ReserveStock? y) =>
            x is not null && y is not null && x.OrderId == y.OrderId && x.Items.SequenceEqual(y.Items);

        public int GetHashCode(ReserveStock obj) => obj.OrderId.GetHashCode();
    }
}
