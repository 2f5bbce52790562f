using CampusG.Orders.Contracts;

namespace CampusG.Orders.Domain;

/// <summary>
/// A menu order's part: its restaurant, lines, address and the restaurant's decision and ready time. Its statuses:
/// PENDING_PAYMENT → PLACED → ACCEPTED (the restaurant) → RIDER_ASSIGNED → PICKED_UP → DELIVERED → COMPLETED.
/// </summary>
internal sealed partial class Order
{
    private readonly List<OrderItemLine> _lines = [];

    public string Kind { get; private init; } = OrderKinds.Errand;

    public Guid? RestaurantId { get; private init; }

    public Guid? RestaurantOwnerId { get; private init; }

    /// <summary>The restaurant's name and address when the order was placed: where the rider picks it up.</summary>
    public string? RestaurantName { get; private init; }

    public string? PickupLocation { get; private init; }

    public string? SpecialInstructions { get; private init; }

    public DeliveryAddress? DeliveryAddress { get; private init; }

    public DateTime? EstimatedReadyTime { get; private set; }

    public DateTime? ReadyAt { get; private set; }

    public DateTime? PickedUpAt { get; private set; }

    /// <summary>
    /// When the order should arrive: the ready time (then the pick-up) plus the delivery estimate; null before the
    /// restaurant accepted and after delivery.
    /// </summary>
    public DateTime? Eta { get; private set; }

    public IReadOnlyList<OrderItemLine> Lines => _lines;

    public bool IsMenu => Kind == OrderKinds.Menu;

    public static Order PlaceMenu(Guid customerId, MenuOrderDraft draft, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var order = new Order
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(now, TimeSpan.Zero)),
            CustomerId = customerId,
            Kind = OrderKinds.Menu,
            RestaurantId = draft.RestaurantId,
            RestaurantOwnerId = draft.RestaurantOwnerId,
            RestaurantName = draft.RestaurantName,
            PickupLocation = draft.PickupLocation,
            Description = draft.Description,
            FoodFeeMinor = draft.Lines.Sum(l => l.UnitPriceMinor * l.Quantity),
            DeliveryFeeMinor = draft.DeliveryFeeMinor,
            DeliveryLocation = draft.DeliveryLocation,
            DeliveryAddress = draft.Address,
            SpecialInstructions = draft.SpecialInstructions,
            CreatedAt = now,
        };
        order._lines.AddRange(draft.Lines.Select(l => OrderItemLine.Of(order.Id, l.ItemId, l.Name, l.UnitPriceMinor, l.Quantity)));
        order.MoveTo(OrderStatuses.PendingPayment, now);
        return order;
    }

    /// <summary>The restaurant accepts: PLACED → ACCEPTED with its ready time; the order waits for a rider from now.</summary>
    public Transition RestaurantAccept(DateTime estimatedReadyTime, DateTime now, OrderWindows windows)
    {
        ArgumentNullException.ThrowIfNull(windows);
        if (!IsMenu || Status != OrderStatuses.Placed)
        {
            return Transition.Rejected;
        }

        EstimatedReadyTime = estimatedReadyTime;
        Eta = estimatedReadyTime + windows.DeliveryEstimate;
        AcceptanceExpiresAt = now + windows.Rider;
        MoveTo(OrderStatuses.Accepted, now);
        return Transition.Applied;
    }

    /// <summary>
    /// The dispatcher's ETA from the rider's distance to the restaurant: taken while the order waits for or goes to its
    /// pickup (after pickup Orders' own estimate stands). An unchanged ETA changes nothing.
    /// </summary>
    public Transition UpdateEta(DateTime eta, DateTime now)
    {
        if (!IsMenu || Status is not (OrderStatuses.Accepted or OrderStatuses.RiderAssigned))
        {
            return Transition.Rejected;
        }

        if (Eta == eta)
        {
            return Transition.AlreadyApplied;
        }

        Eta = eta;
        UpdatedAt = now;
        Version++;
        return Transition.Applied;
    }

    /// <summary>The kitchen is done: recorded once, while the order is not yet picked up.</summary>
    public Transition MarkReady(DateTime now)
    {
        if (!IsMenu || Status is not (OrderStatuses.Accepted or OrderStatuses.RiderAssigned))
        {
            return Transition.Rejected;
        }

        if (ReadyAt is not null)
        {
            return Transition.AlreadyApplied;
        }

        ReadyAt = now;
        UpdatedAt = now;
        Version++;
        return Transition.Applied;
    }
}

/// <summary>One line of a menu order, as priced when the order was placed.</summary>
internal sealed class OrderItemLine
{
    public long Id { get; private init; }

    public Guid OrderId { get; private init; }

    public Guid ItemId { get; private init; }

    public string Name { get; private init; } = "";

    public long UnitPriceMinor { get; private init; }

    public int Quantity { get; private init; }

    public long LineTotalMinor => UnitPriceMinor * Quantity;

    public static OrderItemLine Of(Guid orderId, Guid itemId, string name, long unitPriceMinor, int quantity) =>
        new() { OrderId = orderId, ItemId = itemId, Name = name, UnitPriceMinor = unitPriceMinor, Quantity = quantity };
}

/// <summary>A structured delivery address (instead of a free-text delivery location).</summary>
internal sealed record DeliveryAddress(string Street, string City, string? State, string ZipCode)
{
    public override string ToString() => string.Join(", ", new[] { Street, City, State, ZipCode }.Where(p => !string.IsNullOrEmpty(p)));
}

/// <summary>What a validated menu order request becomes, priced from the restaurant's menu.</summary>
internal sealed record MenuOrderDraft(
    Guid RestaurantId, Guid RestaurantOwnerId, string RestaurantName, string PickupLocation, string Description, IReadOnlyList<DraftLine> Lines,
    long DeliveryFeeMinor, string DeliveryLocation, DeliveryAddress? Address, string? SpecialInstructions);

internal sealed record DraftLine(Guid ItemId, string Name, long UnitPriceMinor, int Quantity);
