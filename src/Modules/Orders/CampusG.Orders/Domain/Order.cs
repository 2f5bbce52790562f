using CampusG.Orders.Contracts;

namespace CampusG.Orders.Domain;

/// <summary>
/// An order (an errand, or a menu order: <c>Order.Menu.cs</c>) and its status machine. Orders is the single arbiter of the status: every change is
/// guarded by the current status, appends to the timeline and bumps <see cref="Version"/>, the optimistic
/// concurrency token that lets exactly one of two racing changes (a runner's accept, the timeout) win.
/// </summary>
internal sealed partial class Order
{
    private readonly List<OrderStatusChange> _timeline = [];

    public Guid Id { get; private init; }

    public Guid CustomerId { get; private init; }

    public Guid? RunnerId { get; private set; }

    public string Status { get; private set; } = OrderStatuses.PendingPayment;

    public string Description { get; private init; } = "";

    public long FoodFeeMinor { get; private init; }

    public long DeliveryFeeMinor { get; private set; }

    public string DeliveryLocation { get; private init; } = "";

    public string? CancellationReason { get; private set; }

    public DateTime? AcceptanceExpiresAt { get; private set; }

    public DateTime CreatedAt { get; private init; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>Every status the order has been in, oldest first.</summary>
    public IReadOnlyList<OrderStatusChange> Timeline => [.. _timeline.OrderBy(c => c.At).ThenBy(c => c.Id)];

    /// <summary>
    /// How many times the order has been opened to runners (1 for the first CREATED, 2 after a runner gave it back,
    /// ...); for a menu order, to riders (its ACCEPTED entries).
    /// </summary>
    public int AcceptanceRound => _timeline.Count(c => c.Status == OrderKinds.OpenToRunners(Kind));

    /// <summary>The status before the current one (null for a new order).</summary>
    public string? PreviousStatus => Timeline is [.., var previous, _] ? previous.Status : null;

    public static Order Place(
        Guid customerId, string description, long foodFeeMinor, long deliveryFeeMinor, string deliveryLocation, DateTime now)
    {
        var order = new Order
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(now, TimeSpan.Zero)),
            CustomerId = customerId,
            Description = description,
            FoodFeeMinor = foodFeeMinor,
            DeliveryFeeMinor = deliveryFeeMinor,
            DeliveryLocation = deliveryLocation,
            CreatedAt = now,
        };
        order.MoveTo(OrderStatuses.PendingPayment, now);
        return order;
    }

    private void MoveTo(string status, DateTime now)
    {
        Status = status;
        UpdatedAt = now;
        Version++;
        _timeline.Add(OrderStatusChange.Of(Id, status, now));
    }
}
