using CampusG.Escrow.Contracts;
using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Persistence;
using CampusG.Receipts.Domain;
using CampusG.Receipts.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CampusG.Receipts.Features;

/// <summary>
/// Keeps the per-order summary from order, payment and escrow events and issues a receipt version when one is due
/// (<see cref="OrderReceipt.IsDue"/>). An event that overtakes <c>order.created</c> starts the row. The pipeline saves.
/// </summary>
internal sealed class ReceiptProjection(ReceiptsDbContext db, ReceiptIssuer issuer, TimeProvider time)
    : IMessageHandler<OrderCreated>, IMessageHandler<OrderUpdated>, IMessageHandler<OrderCancelled>, IMessageHandler<OrderCompleted>,
      IMessageHandler<PaymentAuthorized>, IMessageHandler<PaymentFailed>, IMessageHandler<PaymentReverted>,
      IMessageHandler<PaymentCaptured>, IMessageHandler<PaymentRefunded>,
      IMessageHandler<FundsHeld>, IMessageHandler<FundsHoldFailed>, IMessageHandler<FundsRefunded>,
      IMessageHandler<FundsReleased>, IMessageHandler<HoldIncreased>
{
    // Every order, payment and escrow event looks its order's summary up: compiled (no per-call expression work).
    private static readonly CompiledQuery<Func<ReceiptsDbContext, Guid, CancellationToken, Task<OrderReceipt?>>> FindReceipt =
        new(() => EF.CompileAsyncQuery((ReceiptsDbContext db, Guid orderId, CancellationToken cancellationToken) =>
            db.Receipts.SingleOrDefault(r => r.OrderId == orderId)));

    public Task HandleAsync(OrderCreated message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, r => r.Apply(message), cancellationToken);

    public Task HandleAsync(OrderUpdated message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, r => r.Apply(message), cancellationToken);

    public Task HandleAsync(OrderCancelled message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, r => r.Apply(message), cancellationToken);

    public Task HandleAsync(OrderCompleted message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, r => r.Apply(message), cancellationToken);

    public Task HandleAsync(PaymentAuthorized message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, r => r.Apply(message), cancellationToken);

    public Task HandleAsync(PaymentFailed message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, r => r.Apply(message), cancellationToken);

    public Task HandleAsync(PaymentReverted message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, r => r.Apply(message), cancellationToken);

    public Task HandleAsync(PaymentCaptured message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, r => r.Apply(message), cancellationToken);

    public Task HandleAsync(PaymentRefunded message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, r => r.Apply(message), cancellationToken);

    public Task HandleAsync(FundsHeld message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, r => r.Apply(message), cancellationToken);

    public Task HandleAsync(FundsHoldFailed message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, r => r.Apply(message), cancellationToken);

    public Task HandleAsync(FundsRefunded message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, r => r.Apply(message), cancellationToken);

    public Task HandleAsync(FundsReleased message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, r => r.Apply(message), cancellationToken);

    public Task HandleAsync(HoldIncreased message, IMessageContext context, CancellationToken cancellationToken) =>
        ApplyAsync(message.OrderId, context, r => r.Apply(message), cancellationToken);

    private async Task ApplyAsync(Guid orderId, IMessageContext context, Action<OrderReceipt> apply, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var receipt = await FindReceipt.For(db)(db, orderId, cancellationToken);
        if (receipt is null)
        {
            receipt = OrderReceipt.Start(orderId, now);
            db.Receipts.Add(receipt);
        }

        apply(receipt);
        if (receipt.IsDue())
        {
            await issuer.IssueAsync(receipt, context, cancellationToken);
        }

        receipt.Touch(now);
    }
}
