using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Bench.Peer;

// The saga's participants, one handler per CampusG module handler on the path. Each takes the DbContext, so
// Wolverine's EF Core transactional middleware wraps it: its rows, the inbox mark and the reply (the returned,
// "cascading" message) commit in one transaction. Each repeats its reply for a repeated command, as CampusG's do.

/// <summary>Users: the customer's gateway token (a read; CampusG's RetrievePaymentInfoHandler writes nothing either).</summary>
public static class UsersHandler
{
    public static async Task<PaymentInfoRetrieved> Handle(RetrievePaymentInfo message, PeerDb db, CancellationToken cancellationToken)
    {
        var customer = await db.Customers.AsNoTracking().SingleAsync(c => c.Id == message.UserId, cancellationToken);
        return new PaymentInfoRetrieved(message.OrderId, message.UserId, customer.GatewayToken);
    }
}

/// <summary>Payments: creates the order's payment and authorizes it with the simulated gateway (an id derived from the idempotency key).</summary>
public static class PaymentsHandler
{
    public static async Task<PaymentAuthorized> Handle(AuthorizePayment message, PeerDb db, CancellationToken cancellationToken)
    {
        var payment = await db.Payments.SingleOrDefaultAsync(p => p.OrderId == message.OrderId, cancellationToken);
        if (payment is null)
        {
            payment = new PaymentRow
            {
                Id = Guid.NewGuid(),
                OrderId = message.OrderId,
                CustomerId = message.CustomerId,
                AmountMinor = (long)(message.Amount * 100),
                Currency = message.Currency,
                Status = "AUTHORIZED",
                AuthorizationId = "auth_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"authorize:{message.OrderId}")))[..24],
                At = DateTime.UtcNow,
            };
            db.Payments.Add(payment);
        }

        return new PaymentAuthorized(payment.OrderId, payment.Id, payment.AuthorizationId);
    }
}

/// <summary>Escrow: opens the order's hold and books it in the ledger (two entries).</summary>
public static class EscrowHandler
{
    public static async Task<FundsHeld> Handle(HoldFunds message, PeerDb db, CancellationToken cancellationToken)
    {
        var hold = await db.EscrowHolds.SingleOrDefaultAsync(h => h.OrderId == message.OrderId, cancellationToken);
        if (hold is null)
        {
            var now = DateTime.UtcNow;
            hold = new EscrowHold
            {
                Id = Guid.NewGuid(),
                OrderId = message.OrderId,
                PaymentId = message.PaymentId,
                AmountMinor = (long)((message.FoodFee + message.DeliveryFee) * 100),
                Status = "HELD",
                HeldAt = now,
            };
            db.EscrowHolds.Add(hold);
            db.Ledger.Add(new LedgerEntry { Id = Guid.NewGuid(), OrderId = hold.OrderId, Account = $"customer:{message.CustomerId}", AmountMinor = -hold.AmountMinor, At = now });
            db.Ledger.Add(new LedgerEntry { Id = Guid.NewGuid(), OrderId = hold.OrderId, Account = $"escrow:{hold.OrderId}", AmountMinor = hold.AmountMinor, At = now });
        }

        return new FundsHeld(hold.OrderId, hold.Id, hold.AmountMinor / 100m);
    }
}

/// <summary>Orders: PENDING_PAYMENT → CREATED with a timeline entry; the acceptance window starts.</summary>
public static class OrdersHandler
{
    public static readonly TimeSpan AcceptanceWindow = TimeSpan.FromMinutes(30);

    public static async Task<OrderUpdated> Handle(MarkOrderCreated message, PeerDb db, CancellationToken cancellationToken)
    {
        var order = await db.Orders.SingleAsync(o => o.Id == message.OrderId, cancellationToken);
        if (order.Status == OrderStatuses.PendingPayment)
        {
            var now = DateTime.UtcNow;
            order.Status = OrderStatuses.Created;
            order.AcceptanceExpiresAt = now + AcceptanceWindow;
            db.OrderStatusChanges.Add(new OrderStatusChange { Id = Guid.NewGuid(), OrderId = order.Id, Status = order.Status, At = now });
        }

        return new OrderUpdated(order.Id, order.Status, new DateTimeOffset(DateTime.SpecifyKind(order.AcceptanceExpiresAt ?? default, DateTimeKind.Utc)));
    }
}

/// <summary>Timers: schedules the timer once (a row a worker would fire; none is due within a run).</summary>
public static class TimersHandler
{
    public static async Task<TimerStarted> Handle(StartTimer message, PeerDb db, CancellationToken cancellationToken)
    {
        if (await db.Timers.FindAsync([message.TimerId], cancellationToken) is null)
        {
            db.Timers.Add(new TimerRow { Id = message.TimerId, OrderId = message.OrderId, Purpose = message.Purpose, DueAt = message.DueAt.UtcDateTime, Status = "SCHEDULED" });
        }

        return new TimerStarted(message.OrderId, message.TimerId);
    }
}

/// <summary>Notifications: records the notification as CREATED, then its dispatcher delivers it (in-app) and replies.</summary>
public static class NotificationsHandler
{
    public static async Task<DispatchNotification?> Handle(SendNotification message, PeerDb db, CancellationToken cancellationToken)
    {
        if (await db.Notifications.FindAsync([message.NotificationId], cancellationToken) is not null)
        {
            return null; // the dispatcher already has it (or sent it)
        }

        db.Notifications.Add(new NotificationRow
        {
            Id = message.NotificationId,
            UserId = message.UserId,
            OrderId = message.OrderId,
            Template = message.Template,
            Text = message.Text,
            Status = "CREATED",
            CreatedAt = DateTime.UtcNow,
        });
        return new DispatchNotification(message.NotificationId);
    }
}

/// <summary>The dispatcher's step: marks the notification SENT and tells the saga.</summary>
public static class NotificationDispatchHandler
{
    public static async Task<NotificationSent> Handle(DispatchNotification message, PeerDb db, CancellationToken cancellationToken)
    {
        var notification = await db.Notifications.SingleAsync(n => n.Id == message.NotificationId, cancellationToken);
        if (notification.SentAt is null)
        {
            notification.Status = "SENT";
            notification.SentAt = DateTime.UtcNow;
        }

        return new NotificationSent(notification.OrderId, notification.Id, notification.Template);
    }
}
