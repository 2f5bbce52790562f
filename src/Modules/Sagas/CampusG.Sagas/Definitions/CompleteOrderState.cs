using CampusG.Orders.Contracts;
using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;

namespace CampusG.Sagas.Definitions;

/// <summary>The Complete Order saga's typed state, stored as the instance's JSON data.</summary>
internal sealed record CompleteOrderState(Guid OrderId, Guid CustomerId, Guid RunnerId) : ISagaState
{
    public string Status { get; init; } = SagaStates.Running;

    public string Step { get; init; } = CompleteOrderSteps.RetrievePaymentInfo;

    public int Attempts { get; init; }

    /// <summary>The runner's payout method as the gateway knows it (never an account number); stored only while the release waits.</summary>
    public string? RunnerPayoutToken { get; init; }

    /// <summary>The payout round: one more for each operator retry of a failed release (<c>payment.release</c>'s round).</summary>
    public int ReleaseRound { get; init; }

    /// <summary><c>ERRAND</c> (the runner is paid out the whole amount) or <c>MENU</c> (captured, then split in escrow).</summary>
    public string Kind { get; init; } = OrderKinds.Errand;

    /// <summary>A menu order's restaurant owner, paid the food fee.</summary>
    public Guid? RestaurantOwnerId { get; init; }

    /// <summary>Why the payout is parked, while <see cref="Status"/> is PAYOUT_PENDING.</summary>
    public string? ParkedReason { get; init; }

    /// <summary>The notification ids (as strings) whose <c>NotificationSent</c> has not arrived yet.</summary>
    public IReadOnlyList<string> AwaitingReplies { get; init; } = [];
}

/// <summary>
/// The steps of R-SAGA-3 (docs/requirements.md) after DELIVERED, in order. A menu order (R-MENU-6) captures the payment
/// instead of paying the runner out, then the escrow releases the food fee to the restaurant's owner and the delivery
/// fee to the rider.
/// </summary>
internal static class CompleteOrderSteps
{
    public const string CapturePayment = "CapturePayment";
    public const string RetrievePaymentInfo = "RetrievePaymentInfo";
    public const string ReleasePayment = "ReleasePayment";
    public const string ReleaseFunds = "ReleaseFunds";
    public const string CompleteOrder = "CompleteOrder";
    public const string Notify = "Notify";

    /// <summary>Steps whose failure parks the saga as PAYOUT_PENDING instead of failing it.</summary>
    public static bool IsPayout(string step) => step is CapturePayment or RetrievePaymentInfo or ReleasePayment or ReleaseFunds;
}
