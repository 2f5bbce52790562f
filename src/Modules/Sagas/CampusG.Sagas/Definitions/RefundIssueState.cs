using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;

namespace CampusG.Sagas.Definitions;

/// <summary>The Refund Issue saga's typed state; one instance per resolved problem report (correlation <c>{orderId}:issue:{issueId}</c>).</summary>
internal sealed record RefundIssueState(Guid OrderId, Guid IssueId, Guid CustomerId) : ISagaState
{
    public string Status { get; init; } = SagaStates.Running;

    public string Step { get; init; } = RefundIssueSteps.ChargeRefund;

    public int Attempts { get; init; }

    public decimal RefundAmount { get; init; }

    /// <summary><c>RUNNER</c>, <c>RESTAURANT</c> or <c>PLATFORM</c>.</summary>
    public string ChargedTo { get; init; } = "";

    /// <summary>Whose earnings bear the refund (none for the platform).</summary>
    public Guid? PartyId { get; init; }

    /// <summary>The notification ids (as strings) whose <c>NotificationSent</c> has not arrived yet.</summary>
    public IReadOnlyList<string> AwaitingReplies { get; init; } = [];
}

/// <summary>The steps of a refund granted on a problem report: book it in the ledger → refund the card → tell the parties.</summary>
internal static class RefundIssueSteps
{
    public const string ChargeRefund = "ChargeRefund";
    public const string RefundPayment = "RefundPayment";
    public const string Notify = "Notify";
}
