using CampusG.Orders.Contracts;

namespace CampusG.Orders.Domain;

/// <summary>An order's money after placing: the errand's receipt total and the customer's delivery-fee boosts.</summary>
internal sealed partial class Order
{
    /// <summary>An errand's receipt total, entered by the runner at PURCHASED (never above the food fee); else null.</summary>
    public long? ActualFoodFeeMinor { get; private set; }

    /// <summary>The last delivery-fee boost, so a revert undoes only the boost it names.</summary>
    public Guid? DeliveryFeeBoostId { get; private set; }

    /// <summary>What the customer pays: the receipt total (or the agreed food fee) plus the delivery fee.</summary>
    public long PaidMinor => (ActualFoodFeeMinor ?? FoodFeeMinor) + DeliveryFeeMinor;

    /// <summary>The customer raises a waiting errand's delivery fee; the version bump decides it against a runner's accept.</summary>
    public Transition RaiseDeliveryFee(Guid boostId, long deliveryFeeMinor, DateTime now)
    {
        if (Status != OrderStatuses.Created || deliveryFeeMinor <= DeliveryFeeMinor)
        {
            return Transition.Rejected;
        }

        DeliveryFeeMinor = deliveryFeeMinor;
        DeliveryFeeBoostId = boostId;
        UpdatedAt = now;
        Version++;
        return Transition.Applied;
    }

    /// <summary>Undoes boost <paramref name="boostId"/> while the order still waits for a runner and no later boost followed.</summary>
    public Transition RevertDeliveryFee(Guid boostId, long deliveryFeeMinor, DateTime now)
    {
        if (Status != OrderStatuses.Created || DeliveryFeeBoostId != boostId)
        {
            return Transition.Rejected;
        }

        DeliveryFeeMinor = deliveryFeeMinor;
        DeliveryFeeBoostId = null;
        UpdatedAt = now;
        Version++;
        return Transition.Applied;
    }
}
