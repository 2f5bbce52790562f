using CampusG.Bench.Measurement;
using CampusG.Messaging;

namespace CampusG.Bench.Modules;

/// <summary>Payments: applies the order (a payment row) and sends the chain's second message.</summary>
internal sealed class CapturePayment(PaymentsDb db, ChainRecorder recorder) : IMessageHandler<OrderPlaced>
{
    public Task HandleAsync(OrderPlaced message, IMessageContext context, CancellationToken cancellationToken)
    {
        recorder.Mark(message.Chain, Stage.PaymentsHandled);
        db.Payments.Add(new PaymentRow
        {
            Id = Guid.CreateVersion7(),
            Chain = message.Chain,
            OrderId = message.OrderId,
            AmountMinor = message.AmountMinor,
            Status = "CAPTURED",
        });
        context.Send(new PaymentCaptured(message.Chain, message.OrderId, message.AmountMinor, message.SentAt));
        return Task.CompletedTask;
    }
}

/// <summary>Tracking: logs the order event (the fan-out subscriber of <see cref="OrderPlaced"/>).</summary>
internal sealed class TrackOrderPlaced(TrackingDb db, ChainRecorder recorder) : IMessageHandler<OrderPlaced>
{
    public Task HandleAsync(OrderPlaced message, IMessageContext context, CancellationToken cancellationToken)
    {
        recorder.Mark(message.Chain, Stage.TrackingOrderHandled);
        db.Events.Add(new TrackingRow { Chain = message.Chain, MessageId = context.MessageId, MessageType = context.MessageType });
        return Task.CompletedTask;
    }
}

/// <summary>Tracking: logs the payment event, the last handler of the chain.</summary>
internal sealed class TrackPaymentCaptured(TrackingDb db, ChainRecorder recorder) : IMessageHandler<PaymentCaptured>
{
    public Task HandleAsync(PaymentCaptured message, IMessageContext context, CancellationToken cancellationToken)
    {
        recorder.Mark(message.Chain, Stage.TrackingCaptureHandled);
        db.Events.Add(new TrackingRow { Chain = message.Chain, MessageId = context.MessageId, MessageType = context.MessageType });
        return Task.CompletedTask;
    }
}
