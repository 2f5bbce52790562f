using CampusG.Escrow.Contracts;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Engine;
using CampusG.Timers.Contracts;
using CampusG.Users.Contracts;
using static CampusG.Sagas.Tests.CreateOrderFlow;

namespace CampusG.Sagas.Tests;

/// <summary>One order after creation: the events and replies of accepting, delivering, completing and cancelling it.</summary>
internal sealed class LifecycleFlow(Guid orderId, Guid customerId)
{
    public LifecycleFlow()
        : this(Guid.NewGuid(), Guid.NewGuid())
    {
    }

    public Guid OrderId { get; } = orderId;

    public Guid CustomerId { get; } = customerId;

    public Guid RunnerId { get; } = Guid.NewGuid();

    public OrderAccepted Accepted => new(OrderId, CustomerId, RunnerId, Now);

    public OrderAcceptanceCancelled AcceptanceCancelled(int round) => new(OrderId, CustomerId, RunnerId, ExpiresAt, round, Now);

    public Guid TimerId(int round) => AcceptOrderSaga.AcceptanceTimerId(OrderId, round);

    public TimerStopped TimerStopped(int round) => new(TimerId(round), OrderId, TimerPurposes.OrderAcceptance, TimerStatuses.Stopped, Now);

    public TimerStarted TimerStarted(int round) => new(TimerId(round), OrderId, TimerPurposes.OrderAcceptance, ExpiresAt);

    public TimerFired TimerFired(int round) => new(TimerId(round), OrderId, TimerPurposes.OrderAcceptance, ExpiresAt, ExpiresAt);

    public TimerCancelled TimerCancelled(int round) => new(TimerId(round), OrderId, TimerPurposes.OrderAcceptance, TimerStatuses.Cancelled, Now);

    public NotificationSent Sent(Guid notificationId, string template) => new(notificationId, CustomerId, OrderId, template, Now);

    public OrderStatusUpdated Status(string status) => new(OrderId, CustomerId, RunnerId, status, null, Now);

    public OrderDelivered Delivered(string kind = OrderKinds.Errand, Guid? restaurantOwnerId = null) =>
        new(OrderId, CustomerId, RunnerId, kind, restaurantOwnerId, 8.50m, 2.00m, Now);

    public PaymentCaptured Captured => new(OrderId, Guid.NewGuid(), 10.50m, Now);

    public FundsReleased FundsReleased => new(OrderId, Guid.NewGuid(), RunnerId, 10.50m, Now);

    public OrderCompleted Completed => new(OrderId, CustomerId, RunnerId, 8.50m, 2.00m, Now);

    public OrderCancelled Cancelled(string reason) => new(OrderId, CustomerId, reason, OrderStatuses.Created, Now);

    public OrderCancelRejected CancelRejected => new(OrderId, CancellationReasons.Timeout, OrderStatuses.Accepted);

    public FundsRefunded Refunded => new(OrderId, Guid.NewGuid(), 10.50m, Now);

    public PaymentReverted Reverted => new(OrderId, Guid.NewGuid(), PaymentStatuses.Refunded, Now);

    public static object[] Messages<TState>(StepResult<TState> result)
        where TState : class, ISagaState => [.. result.Commands.Select(c => c.Message)];
}
