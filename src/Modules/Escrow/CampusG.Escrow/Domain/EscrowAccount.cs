using CampusG.Escrow.Contracts;

namespace CampusG.Escrow.Domain;

/// <summary>
/// One order's escrow. Every move is guarded by the current status, so a repeated command
/// changes nothing: funds are held once, and then released or refunded once, never both.
/// </summary>
internal sealed class EscrowAccount
{
    public Guid Id { get; private init; }

    public Guid OrderId { get; private init; }

    public Guid CustomerId { get; private init; }

    public Guid PaymentId { get; private init; }

    public Guid? RunnerId { get; private set; }

    /// <summary>Set when a menu order's release paid the food fee to its restaurant's owner.</summary>
    public Guid? RestaurantOwnerId { get; private set; }

    /// <summary>Who a release pays what: a menu order's food fee to the restaurant's owner, the rest to the runner.</summary>
    public IReadOnlyList<(string Party, Guid PartyId, long AmountMinor)> Splits() => RestaurantOwnerId is { } owner
        ? [(SplitParties.Restaurant, owner, FoodFeeMinor), (SplitParties.Runner, RunnerId!.Value, DeliveryFeeMinor)]
        : [(SplitParties.Runner, RunnerId!.Value, AmountMinor)];

    public long AmountMinor { get; private init; }

    public long FoodFeeMinor { get; private init; }

    public long DeliveryFeeMinor { get; private init; }

    public string Status { get; private set; } = EscrowStatuses.Pending;

    public string? FailureReason { get; private set; }

    public DateTime CreatedAt { get; private init; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? HeldAt { get; private set; }

    public DateTime? RefundedAt { get; private set; }

    public DateTime? ReleasedAt { get; private set; }

    public static EscrowAccount Open(Guid orderId, Guid customerId, Guid paymentId, long foodFeeMinor, long deliveryFeeMinor, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrderId = orderId,
        CustomerId = customerId,
        PaymentId = paymentId,
        FoodFeeMinor = foodFeeMinor,
        DeliveryFeeMinor = deliveryFeeMinor,
        AmountMinor = foodFeeMinor + deliveryFeeMinor,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public void Hold(DateTime now)
    {
        if (Status == EscrowStatuses.Pending)
        {
            Status = EscrowStatuses.Held;
            HeldAt = UpdatedAt = now;
        }
    }

    public void Fail(string reason, DateTime now)
    {
        if (Status == EscrowStatuses.Pending)
        {
            Status = EscrowStatuses.Failed;
            FailureReason = reason;
            UpdatedAt = now;
        }
    }

    /// <summary>Returns true only when this call moved the money back.</summary>
    public bool Refund(DateTime now)
    {
        if (Status != EscrowStatuses.Held)
        {
            return false;
        }

        Status = EscrowStatuses.Refunded;
        RefundedAt = UpdatedAt = now;
        return true;
    }

    /// <summary>Returns true only when this call paid the money out to the runner.</summary>
    public bool Release(Guid runnerId, Guid? restaurantOwnerId, DateTime now)
    {
        if (Status != EscrowStatuses.Held)
        {
            return false;
        }

        Status = EscrowStatuses.Released;
        RunnerId = runnerId;
        RestaurantOwnerId = restaurantOwnerId;
        ReleasedAt = UpdatedAt = now;
        return true;
    }
}
