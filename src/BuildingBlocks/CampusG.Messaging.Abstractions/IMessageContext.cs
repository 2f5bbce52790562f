namespace CampusG.Messaging;

/// <summary>What a handler knows of the message it handles, and how it sends more.</summary>
public interface IMessageContext
{
    Guid MessageId { get; }

    string MessageType { get; }

    /// <summary>The business id the message is about (an order id); ordering is kept per value.</summary>
    string CorrelationId { get; }

    Guid? CausationId { get; }

    DateTimeOffset Timestamp { get; }

    /// <summary>1 on the first delivery to this handler, higher on retries.</summary>
    int Attempt { get; }

    /// <summary>
    /// Writes <paramref name="message"/> to the module's outbox in the handler's transaction.
    /// It keeps this message's correlation id unless another is given, and names this message as its cause.
    /// </summary>
    void Send<TMessage>(TMessage message, string? correlationId = null)
        where TMessage : class;
}
