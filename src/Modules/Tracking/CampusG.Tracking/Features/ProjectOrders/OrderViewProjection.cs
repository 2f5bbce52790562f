using CampusG.Escrow.Contracts;
using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Persistence;
using CampusG.Tracking.Domain;
using CampusG.Tracking.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CampusG.Tracking.Features;

/// <summary>
/// Projects the order, payment and escrow events onto the order view. Each event is applied by the
/// view's guarded <c>Apply</c>; a payment or escrow event that overtakes <c>order.created</c> starts the row.
/// </summary>
internal sealed class OrderViewProjection(TrackingDbContext db, TimeProvider time, ILogger<OrderViewProjection> logger)
    : IMessageHandler<OrderCreated>, IMessageHandler<OrderUpdated>, IMessageHandler<OrderCancelled>,
      IMessageHandler<PaymentAuthorized>, IMessageHandler<PaymentFailed>, IMessageHandler<PaymentReverted>,
      IMessageHandler<FundsHeld>, IMessageHandler<FundsHoldFailed>, IMessageHandler<FundsRefunded>,
      IMessageHandler<OrderAccepted>, IMessageHandler<OrderAcceptanceCancelled>, IMessageHandler<OrderStatusUpdated>,
      IMessageHandler<OrderCompleted>, IMessageHandler<PaymentCaptured>, IMessageHandler<FundsReleased>,
      IMessageHandler<HoldIncreased>, IMessageHandler<PaymentRefunded>,
      IMessageHandler<OrderRestaurantAccepted>
{
    // Every order, payment and escrow event looks its order's view up: compiled (no per-call expression work).
    private static readonly CompiledQuery<Func<TrackingDbContext, Guid, CancellationToken, Task<OrderView?>>> FindView =
        new(() => EF.CompileAsyncQuery((TrackingDbContext db, Guid orderId, CancellationToken cancellationToken) =>
            db.OrderViews.Include(v => v.Timeline).SingleOrDefault(v => v.OrderId == orderId)));

    public Task HandleAsync(OrderRestaurantAccepted message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(OrderCreated message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(OrderUpdated message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(OrderCancelled message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(PaymentAuthorized message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(PaymentFailed message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(PaymentReverted message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(FundsHeld message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(FundsHoldFailed message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(FundsRefunded message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(OrderAccepted message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(OrderAcceptanceCancelled message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(OrderStatusUpdated message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(OrderCompleted message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(PaymentCaptured message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(HoldIncreased message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(PaymentRefunded message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    public Task HandleAsync(FundsReleased message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, view => view.Apply(message), cancellationToken);

    /// <summary>Loads or starts the view and applies one event (true when it moved a status); the pipeline saves.</summary>
    private async Task ApplyAsync(Guid orderId, IMessageContext context, Func<OrderView, bool> apply, CancellationToken cancellationToken)
    {
        var view = await FindView.For(db)(db, orderId, cancellationToken);
        if (view is null)
        {
            view = OrderView.Start(orderId, time.GetUtcNow().UtcDateTime);
            db.OrderViews.Add(view);
        }

        if (!apply(view))
        {
            TrackingLog.EventIgnored(logger, context.MessageType, context.MessageId, orderId);
        }

        db.ChangeTracker.DetectChanges();
        if (db.Entry(view).State == EntityState.Modified || db.ChangeTracker.Entries<OrderTimelineEntry>().Any(e => e.State == EntityState.Added))
        {
            view.Touch(time.GetUtcNow().UtcDateTime);
        }
    }
}
