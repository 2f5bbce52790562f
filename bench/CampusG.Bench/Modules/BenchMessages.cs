using CampusG.Messaging;

namespace CampusG.Bench.Modules;

/// <summary>
/// The producer's event, sent in the same commit as the order row (like an API request).
/// <paramref name="SentAt"/> is the producer's <see cref="System.Diagnostics.Stopwatch"/> timestamp.
/// </summary>
[Message("bench.order-placed")]
public sealed record OrderPlaced(int Chain, Guid OrderId, long AmountMinor, long SentAt);

/// <summary>The follow-up payments sends while handling <see cref="OrderPlaced"/>: the chain's second hop.</summary>
[Message("bench.payment-captured")]
public sealed record PaymentCaptured(int Chain, Guid OrderId, long AmountMinor, long SentAt);
