using CampusG.Messaging;

namespace CampusG.Timers.Contracts;

/// <summary>Starts a durable timer that fires <see cref="TimerFired"/> at <paramref name="DueAt"/>, once, even across restarts. Idempotent on <paramref name="TimerId"/>.</summary>
/// <param name="Purpose"><see cref="TimerPurposes"/>; receivers of <see cref="TimerFired"/> filter on it.</param>
[Message("timer.start")]
public sealed record StartTimer(Guid TimerId, Guid OrderId, string Purpose, DateTimeOffset DueAt);

/// <summary>Stops a timer because what it waited for happened (a runner accepted). Replies <see cref="TimerStopped"/>.</summary>
[Message("timer.stop")]
public sealed record StopTimer(Guid TimerId);

/// <summary>Cancels a timer as a compensation. Replies <see cref="TimerCancelled"/>.</summary>
[Message("timer.cancel")]
public sealed record CancelTimer(Guid TimerId);

public static class TimerPurposes
{
    /// <summary>A created order waits this long for a runner.</summary>
    public const string OrderAcceptance = "order.acceptance";

    /// <summary>A placed menu order waits this long for its restaurant's decision.</summary>
    public const string RestaurantDecision = "order.restaurantDecision";

    /// <summary>A menu order the restaurant accepted waits this long for a rider (a new window each time a rider gives it back).</summary>
    public const string RiderWindow = "order.riderWindow";

    /// <summary>An errand a runner accepted must be PURCHASED by then (<c>Orders:DeliveryWindow</c>), else it is cancelled; later, flagged overdue.</summary>
    public const string DeliveryDeadline = "order.deliveryDeadline";

    /// <summary>The next try of a payment authorization after a transient gateway error.</summary>
    public const string PaymentRetry = "payment.retry";
}
