using CampusG.Messaging;

namespace CampusG.Riders.Contracts;

/// <summary>
/// The dispatcher chose <paramref name="RiderId"/> for a menu order that waits for a rider. Orders takes it like a
/// runner's accept, in the same guarded update (one winner against a manual accept); when it applies the order becomes
/// RIDER_ASSIGNED (<c>order.accepted</c>), when it does not (someone else took it, it was cancelled) the dispatcher learns
/// it from the order's own events and frees the rider.
/// </summary>
[Message("rider.assigned")]
public sealed record RiderAssigned(Guid OrderId, Guid RiderId, DateTimeOffset AssignedAt, RiderPickup PickupLocation);

/// <summary>Where the rider collects the order: the restaurant and its address.</summary>
public sealed record RiderPickup(Guid RestaurantId, string Address);

/// <summary>
/// The order's ETA moved by a minute or more, estimated from the assigned rider's distance to the restaurant at walking
/// speed and the kitchen's ready time. Orders keeps the order's <c>eta</c> in step.
/// </summary>
[Message("rider.etaChanged")]
public sealed record RiderEtaChanged(Guid OrderId, DateTimeOffset Eta, DateTimeOffset At);
