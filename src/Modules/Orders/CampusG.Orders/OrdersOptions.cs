using CampusG.Orders.Domain;

namespace CampusG.Orders;

/// <summary>Configuration section <c>Orders</c>.</summary>
internal sealed class OrdersOptions
{
    public const string SectionName = "Orders";

    /// <summary>How long a <c>CREATED</c> order waits for a runner (<c>Orders:AcceptanceWindow</c>).</summary>
    public TimeSpan AcceptanceWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>How long a PLACED menu order waits for its restaurant's decision (<c>Orders:RestaurantDecisionWindow</c>).</summary>
    public TimeSpan RestaurantDecisionWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a menu order the restaurant accepted waits for a rider (<c>Orders:RiderWindow</c>).</summary>
    public TimeSpan RiderWindow { get; set; } = TimeSpan.FromMinutes(20);

    /// <summary>How long a delivery takes once the food is ready or picked up (<c>Orders:DeliveryEstimate</c>), for the ETA.</summary>
    public TimeSpan DeliveryEstimate { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// How long after acceptance an errand's runner has to report PURCHASED before it is cancelled DELIVERY_TIMEOUT; a
    /// later errand is flagged overdue then (<c>Orders:DeliveryWindow</c>).
    /// </summary>
    public TimeSpan DeliveryWindow { get; set; } = TimeSpan.FromHours(2);

    public OrderWindows Windows => new(AcceptanceWindow, RestaurantDecisionWindow, RiderWindow, DeliveryEstimate);

    /// <summary>
    /// Placing an order answers <c>503 OVERLOADED</c> while this many orders wait for their Create Order saga (still
    /// PENDING_PAYMENT), so an accepted order's wait stays bounded (<c>Orders:MaxBacklog</c>; 0 turns it off).
    /// </summary>
    public int MaxBacklog { get; set; } = 100;

    /// <summary>Idempotency keys older than this are deleted (the API promises at least 24 hours).</summary>
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(48);
}
