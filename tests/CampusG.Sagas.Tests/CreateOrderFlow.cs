using CampusG.Escrow.Contracts;
using CampusG.Notifications.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Sagas.Definitions;
using CampusG.Sagas.Engine;
using CampusG.Timers.Contracts;
using CampusG.Users.Contracts;

namespace CampusG.Sagas.Tests;

/// <summary>One order's Create Order saga driven through the pure steps, with the replies each participant would send.</summary>
internal sealed class CreateOrderFlow
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset ExpiresAt = Now.AddMinutes(30);

    public Guid OrderId { get; } = Guid.NewGuid();

    public Guid CustomerId { get; } = Guid.NewGuid();

    public Guid PaymentId { get; } = Guid.NewGuid();

    public Guid EscrowId { get; } = Guid.NewGuid();

    public OrderCreated Created => new(OrderId, CustomerId, "Chicken rice", 8.50m, 2.00m, "Hall 7", Now);

    public PaymentInfoRetrieved PaymentInfo => new(OrderId, CustomerId, PaymentInfoRoles.Customer, "tok_visa");

    public PaymentAuthorized Authorized => new(OrderId, PaymentId, 10.50m, Now);

    public FundsHeld Held => new(OrderId, EscrowId, 10.50m, Now);

    public OrderUpdated MarkedCreated => new(OrderId, CustomerId, null, OrderStatuses.Created, OrderStatuses.PendingPayment, ExpiresAt, Now);

    public TimerStarted TimerStarted => new(CreateOrderSaga.AcceptanceTimerId(OrderId), OrderId, TimerPurposes.OrderAcceptance, ExpiresAt);

    public NotificationSent CreatedNotificationSent =>
        new(CreateOrderSaga.CreatedNotificationId(OrderId), CustomerId, OrderId, NotificationTemplates.OrderCreated, Now);

    public NotificationSent CancelledNotificationSent =>
        new(CreateOrderSaga.CancelledNotificationId(OrderId), CustomerId, OrderId, NotificationTemplates.OrderCancelled, Now);

    /// <summary>The replies that move the saga from its start to each step, in order.</summary>
    public object[] HappyReplies => [PaymentInfo, Authorized, Held, MarkedCreated, TimerStarted, CreatedNotificationSent];

    /// <summary>The state after the start and the first <paramref name="replies"/> happy replies.</summary>
    public CreateOrderState After(int replies) =>
        HappyReplies.Take(replies).Aggregate(CreateOrderSaga.Start(Created).State, (state, reply) => CreateOrderSaga.On(state, reply, Now).State);

    public static object[] Messages(StepResult<CreateOrderState> result) => [.. result.Commands.Select(c => c.Message)];
}
