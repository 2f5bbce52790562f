using CampusG.Messaging;
using CampusG.Orders.Contracts;

namespace CampusG.Sagas.Definitions;

/// <summary>
/// The timers that bound how long an order waits for someone: an errand's acceptance windows and delivery deadlines, a
/// menu order's restaurant decision and its rider windows. Ids are derived from the order (and window round), so every saga that
/// starts, stops or checks one names the same timer.
/// </summary>
internal static class OrderTimers
{
    /// <summary>Acceptance window <paramref name="round"/> of an errand (round 1 opens when it is CREATED).</summary>
    public static Guid AcceptanceTimerId(Guid orderId, int round) => DeterministicGuid.Create($"acceptance:{orderId}:{round}");

    /// <summary>The restaurant's decision window of a PLACED menu order.</summary>
    public static Guid DecisionTimerId(Guid orderId) => DeterministicGuid.Create($"decision:{orderId}");

    /// <summary>Rider window <paramref name="round"/> of a menu order the restaurant accepted (round 1 opens at the acceptance).</summary>
    public static Guid RiderTimerId(Guid orderId, int round) => DeterministicGuid.Create($"rider:{orderId}:{round}");

    /// <summary>The delivery deadline of an errand a runner accepted in acceptance round <paramref name="round"/>.</summary>
    public static Guid DeliveryTimerId(Guid orderId, int round) => DeterministicGuid.Create($"delivery:{orderId}:{round}");

    /// <summary>The window of round <paramref name="round"/> in which a runner may take an order of <paramref name="kind"/>.</summary>
    public static Guid RunnerWindowTimerId(string kind, Guid orderId, int round) =>
        kind == OrderKinds.Menu ? RiderTimerId(orderId, round) : AcceptanceTimerId(orderId, round);
}
