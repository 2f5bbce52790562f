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

    /// <summary>
    /// Who a release pays what: a menu order's food fee to the restaurant's owner, the rest to the runner; an errand's
    /// runner everything but what went back to the customer (a receipt below the food fee).
    /// </summary>
    public IReadOnlyList<(string Party, Guid PartyId, long AmountMinor)> Splits() => RestaurantOwnerId is { } owner
        ? [(SplitParties.Restaurant, owner, FoodFeeMinor), (SplitParties.Runner, RunnerId!.Value, DeliveryFeeMinor)]
        : [(SplitParties.Runner, RunnerId!.Value, AmountMinor - CustomerRefundMinor)];

    /// <summary>What is held: the food fee and the delivery fee, grown by any delivery-fee boost.</summary>
    public long AmountMinor { get; private set; }

    public long FoodFeeMinor { get; private init; }

    public long DeliveryFeeMinor { get; private set; }

    /// <summary>What a release gave back to the customer instead of paying it (an errand's receipt below the food fee).</summary>
    public long CustomerRefundMinor { get; private set; }

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

    /// <summary>Returns true only when this call released the money (into the payees' earnings).</summary>
    /// <param name="customerRefundMinor">Given back to the customer, at most the food fee of an errand (0 for a menu order).</param>
    public bool Release(Guid runnerId, Guid? restaurantOwnerId, long customerRefundMinor, DateTime now)
    {
        if (Status != EscrowStatuses.Held)
        {
            return false;
        }

        Status = EscrowStatuses.Released;
        RunnerId = runnerId;
        RestaurantOwnerId = restaurantOwnerId;
        CustomerRefundMinor = restaurantOwnerId is null ? Math.Clamp(customerRefundMinor, 0, FoodFeeMinor) : 0;
        ReleasedAt = UpdatedAt = now;
        return true;
    }

    /// <summary>A delivery-fee boost: the hold grows while HELD. Returns false otherwise.</summary>
    public bool Grow(long incrementMinor, DateTime now)
    {
        if (Status != EscrowStatuses.Held || incrementMinor <= 0)
        {
            return false;
        }

        AmountMinor += incrementMinor;
        DeliveryFeeMinor += incrementMinor;
        UpdatedAt = now;
        return true;
    }
}
