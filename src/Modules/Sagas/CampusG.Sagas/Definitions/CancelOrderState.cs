using CampusG.Orders.Contracts;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;

namespace CampusG.Sagas.Definitions;

/// <summary>
/// The Cancel Order saga's state: one instance per order, for a window that ran out (no runner, no restaurant decision,
/// no rider) or an order a party already cancelled (the customer, or the restaurant rejecting it).
/// </summary>
/// <param name="TimerId">The timer of the current window: the one that fired, or the one to cancel.</param>
internal sealed record CancelOrderState(Guid OrderId, Guid TimerId) : ISagaState
{
    public string Status { get; init; } = SagaStates.Running;

    public string Step { get; init; } = CancelOrderSteps.CancelOrder;

    public int Attempts { get; init; }

    /// <summary>Known once Orders reports the cancellation.</summary>
    public Guid CustomerId { get; init; }

    /// <summary>The window round whose timer fired (0 for a cancel by a party, a restaurant's decision, or a saga started before rounds were kept).</summary>
    public int Round { get; init; }

    /// <summary>
    /// <c>TIMEOUT</c>, <c>RESTAURANT_TIMEOUT</c> or <c>NO_RIDER</c> (a window ran out), <c>CUSTOMER_CANCELLED</c> or
    /// <c>RESTAURANT_REJECTED</c> (a party cancelled), <c>OPERATOR_CANCELLED</c>, or <c>DELIVERY_TIMEOUT</c> (Orders cancelled an
    /// errand past its delivery deadline; undone like a party's cancel).
    /// </summary>
    public string Reason { get; init; } = "";

    /// <summary>A window that ran out cancels the order only while it is still in this status.</summary>
    public string OnlyIfStatus { get; init; } = OrderStatuses.Created;

    /// <summary><c>ERRAND</c> or <c>MENU</c> (a menu order's stock is released too); known from the start or from Orders' cancellation.</summary>
    public string Kind { get; init; } = OrderKinds.Errand;

    /// <summary>The wire names of the customer-cancel commands whose replies have not arrived yet.</summary>
    public IReadOnlyList<string> AwaitingReplies { get; init; } = [];
}

/// <summary>
/// The timeout path of R-SAGA-4 (docs/requirements.md) in order (a menu order releases its stock before the notice),
/// then the step that undoes an order a party cancelled, sending everything at once.
/// </summary>
internal static class CancelOrderSteps
{
    public const string CancelOrder = "CancelOrder";
    public const string RefundFunds = "RefundFunds";
    public const string RevertPayment = "RevertPayment";
    public const string ReleaseStock = "ReleaseStock";
    public const string Notify = "Notify";

    /// <summary>The order is already cancelled by a party (the customer, or a restaurant's reject): undo all at once.</summary>
    public const string CustomerCancel = "CustomerCancel";
}

/// <summary>
/// The timer of the current window fired (the handler checked the round): cancel with <paramref name="Reason"/> if the
/// order is still <paramref name="OnlyIfStatus"/>.
/// </summary>
internal sealed record WindowTimedOut(Guid OrderId, Guid TimerId, int Round, string Reason, string OnlyIfStatus);

/// <summary>
/// A party cancelled the order (<paramref name="Reason"/>: the customer, or the restaurant rejecting it);
/// <paramref name="TimerId"/> is the current window's timer.
/// </summary>
internal sealed record CancelledByParty(Guid OrderId, Guid CustomerId, Guid TimerId, string Reason, string Kind);
