using CampusG.Escrow.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;

namespace CampusG.Tracking.Tests;

/// <summary>One order's events as its modules would send them, minute by minute after <see cref="T0"/>.</summary>
internal sealed record TestOrder(Guid OrderId, Guid CustomerId, Guid PaymentId)
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static TestOrder New() => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

    public static DateTimeOffset At(int minute) => T0.AddMinutes(minute);

    public OrderCreated Created() => new(OrderId, CustomerId, "2x chicken rice from Koufu", 8.50m, 2.00m, "SMU SCIS 1", At(0));

    public PaymentAuthorized Authorized(int minute = 1) => new(OrderId, PaymentId, 10.50m, At(minute));

    public FundsHeld Held(int minute = 2) => new(OrderId, Guid.NewGuid(), 10.50m, At(minute));

    public OrderUpdated MarkedCreated(int minute = 3) =>
        new(OrderId, CustomerId, null, OrderStatuses.Created, OrderStatuses.PendingPayment, At(minute + 30), At(minute));

    public OrderUpdated Accepted(Guid runnerId, int minute = 4) =>
        new(OrderId, CustomerId, runnerId, OrderStatuses.Accepted, OrderStatuses.Created, null, At(minute));

    public OrderUpdated GivenBack(int minute = 5) =>
        new(OrderId, CustomerId, null, OrderStatuses.Created, OrderStatuses.Accepted, At(minute + 30), At(minute));

    public OrderCancelled Cancelled(string reason, int minute = 6) => new(OrderId, CustomerId, reason, OrderStatuses.Created, At(minute));

    public FundsRefunded FundsRefunded(decimal amount = 10.50m, int minute = 7) => new(OrderId, Guid.NewGuid(), amount, At(minute));

    public PaymentReverted Reverted(string status = PaymentStatuses.Refunded, int minute = 8) => new(OrderId, PaymentId, status, At(minute));

    public OrderAccepted RunnerAccepted(Guid runnerId, int minute = 4) => new(OrderId, CustomerId, runnerId, At(minute));

    public OrderAcceptanceCancelled AcceptanceCancelled(Guid runnerId, int minute = 5) =>
        new(OrderId, CustomerId, runnerId, At(minute + 30), 2, At(minute));

    public OrderStatusUpdated StatusUpdated(Guid runnerId, string status, int minute) => new(OrderId, CustomerId, runnerId, status, null, At(minute));

    public OrderCompleted Completed(Guid runnerId, int minute = 20) => new(OrderId, CustomerId, runnerId, 8.50m, 2.00m, At(minute));

    public PaymentCaptured PaymentCaptured(int minute = 19) => new(OrderId, PaymentId, 10.50m, At(minute));

    public PaymentRefunded PartlyRefunded(decimal amount, decimal total, int minute = 40) => new(OrderId, Guid.NewGuid(), amount, At(minute), total);

    public FundsReleased FundsReleased(Guid runnerId, int minute = 18) => new(OrderId, Guid.NewGuid(), runnerId, 10.50m, At(minute));
}
