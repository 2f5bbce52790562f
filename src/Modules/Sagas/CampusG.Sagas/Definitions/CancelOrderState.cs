using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;

namespace CampusG.Sagas.Definitions;

/// <summary>The Cancel Order saga's state: one instance per order, for a timeout or a customer's cancel.</summary>
/// <param name="TimerId">The acceptance timer of the current round: the one that fired, or the one to cancel.</param>
internal sealed record CancelOrderState(Guid OrderId, Guid TimerId) : ISagaState
{
    public string Status { get; init; } = SagaStates.Running;

    public string Step { get; init; } = CancelOrderSteps.CancelOrder;

    public int Attempts { get; init; }

    /// <summary>Known once Orders reports the cancellation.</summary>
    public Guid CustomerId { get; init; }

    /// <summary>The acceptance round whose timer fired (0 for a customer's cancel, or a saga started before rounds were kept).</summary>
    public int Round { get; init; }

    /// <summary><c>TIMEOUT</c> or <c>CUSTOMER_CANCELLED</c>.</summary>
    public string Reason { get; init; } = "";

    /// <summary>The wire names of the customer-cancel commands whose replies have not arrived yet.</summary>
    public IReadOnlyList<string> AwaitingReplies { get; init; } = [];
}

/// <summary>The timeout path of R-SAGA-4 (docs/requirements.md) in order, then the customer-cancel step that sends everything at once.</summary>
internal static class CancelOrderSteps
{
    public const string CancelOrder = "CancelOrder";
    public const string RefundFunds = "RefundFunds";
    public const string RevertPayment = "RevertPayment";
    public const string Notify = "Notify";
    public const string CustomerCancel = "CustomerCancel";
}

/// <summary>The acceptance timer of the current round fired (the handler checked the round).</summary>
internal sealed record AcceptanceTimedOut(Guid OrderId, Guid TimerId, int Round);

/// <summary>The customer cancelled; <paramref name="TimerId"/> is the current round's acceptance timer.</summary>
internal sealed record CustomerCancelled(Guid OrderId, Guid CustomerId, Guid TimerId);
