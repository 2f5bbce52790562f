using CampusG.Orders.Contracts;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;

namespace CampusG.Sagas.Definitions;

/// <summary>The Complete Order saga's typed state, stored as the instance's JSON data.</summary>
internal sealed record CompleteOrderState(Guid OrderId, Guid CustomerId, Guid RunnerId) : ISagaState
{
    public string Status { get; init; } = SagaStates.Running;

    public string Step { get; init; } = CompleteOrderSteps.CapturePayment;

    public int Attempts { get; init; }

    /// <summary><c>ERRAND</c> or <c>MENU</c>.</summary>
    public string Kind { get; init; } = OrderKinds.Errand;

    /// <summary>A menu order's restaurant owner, paid the food fee.</summary>
    public Guid? RestaurantOwnerId { get; init; }

    public decimal FoodFee { get; init; }

    public decimal DeliveryFee { get; init; }

    /// <summary>What an errand's receipt came in below the food fee: not captured, given back to the customer.</summary>
    public decimal CustomerRefund { get; init; }

    /// <summary>The notification ids (as strings) whose <c>NotificationSent</c> has not arrived yet.</summary>
    public IReadOnlyList<string> AwaitingReplies { get; init; } = [];

    /// <summary>What the customer pays in the end: the fees less what the receipt saved.</summary>
    public decimal Captured => FoodFee + DeliveryFee - CustomerRefund;

    /// <summary>What the runner earns: the delivery fee, and for an errand the food fee less what the receipt saved.</summary>
    public decimal RunnerEarns => Kind == OrderKinds.Menu ? DeliveryFee : Captured;
}

/// <summary>
/// The steps of R-SAGA-3 (docs/requirements.md) after DELIVERED, in order: capture the payment into the platform, release
/// the escrow into the payees' earnings, mark the order COMPLETED, tell everyone. No card payout is on this path: payouts
/// are their own saga (<see cref="PayoutSaga"/>), so a payee without a card never holds an order up.
/// </summary>
internal static class CompleteOrderSteps
{
    public const string CapturePayment = "CapturePayment";
    public const string ReleaseFunds = "ReleaseFunds";
    public const string CompleteOrder = "CompleteOrder";
    public const string Notify = "Notify";
}
