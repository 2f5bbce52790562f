using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;

namespace CampusG.Sagas.Definitions;

/// <summary>
/// The Accept Order saga's state: one instance per order, re-entered on every accept or runner cancel.
/// <see cref="Round"/> is the current acceptance window (1 is the one the Create Order saga opened).
/// </summary>
internal sealed record AcceptOrderState(Guid OrderId, Guid CustomerId) : ISagaState
{
    public string Status { get; init; } = SagaStates.Running;

    public string Step { get; init; } = "";

    public int Attempts { get; init; }

    public int Round { get; init; } = 1;

    public Guid? RunnerId { get; init; }

    public DateTimeOffset? AcceptanceExpiresAt { get; init; }

    /// <summary>The wire names of this step's commands whose replies have not arrived yet.</summary>
    public IReadOnlyList<string> AwaitingReplies { get; init; } = [];
}

internal static class AcceptOrderSteps
{
    /// <summary>A runner accepted: stop the acceptance timer and tell the customer.</summary>
    public const string Accepted = "Accepted";

    /// <summary>The runner gave the order back: open a new acceptance window and tell the customer.</summary>
    public const string AcceptanceCancelled = "AcceptanceCancelled";
}
