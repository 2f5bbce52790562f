using CampusG.Orders.Contracts;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;

namespace CampusG.Sagas.Definitions;

/// <summary>
/// The Accept Order saga's state: one instance per order, re-entered on every accept or runner cancel.
/// <see cref="Round"/> is the current window for runners (an errand's round 1 is the one the Create Order saga opened;
/// a menu order's round 1 opens when the restaurant accepts it).
/// </summary>
internal sealed record AcceptOrderState(Guid OrderId, Guid CustomerId) : ISagaState
{
    public string Status { get; init; } = SagaStates.Running;

    public string Step { get; init; } = "";

    public int Attempts { get; init; }

    public int Round { get; init; } = 1;

    public Guid? RunnerId { get; init; }

    public DateTimeOffset? AcceptanceExpiresAt { get; init; }

    /// <summary>An errand's delivery deadline, from the runner's acceptance (null for a menu order, or an accept without one).</summary>
    public DateTimeOffset? DeliveryDeadline { get; init; }

    /// <summary>A menu order's ready time, as the restaurant gave it (for the customer's notice).</summary>
    public DateTimeOffset? EstimatedReadyTime { get; init; }

    /// <summary>When a menu order should reach the customer, as Orders computed it at the restaurant's acceptance.</summary>
    public DateTimeOffset? Eta { get; init; }

    /// <summary><c>ERRAND</c> or <c>MENU</c>: which timers and notices the windows use.</summary>
    public string Kind { get; init; } = OrderKinds.Errand;

    /// <summary>The wire names of this step's commands whose replies have not arrived yet.</summary>
    public IReadOnlyList<string> AwaitingReplies { get; init; } = [];
}

internal static class AcceptOrderSteps
{
    /// <summary>A restaurant accepted a menu order: stop its decision timer, open the first rider window, tell the customer.</summary>
    public const string RestaurantAccepted = "RestaurantAccepted";

    /// <summary>A runner accepted: stop the acceptance timer, start an errand's delivery deadline timer, tell the customer.</summary>
    public const string Accepted = "Accepted";

    /// <summary>The runner gave the order back: open a new acceptance window and tell the customer.</summary>
    public const string AcceptanceCancelled = "AcceptanceCancelled";
}
