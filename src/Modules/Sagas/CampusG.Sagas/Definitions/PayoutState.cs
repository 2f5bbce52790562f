using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;

namespace CampusG.Sagas.Definitions;

/// <summary>The Payout saga's typed state; one instance per payout (its id is the correlation id).</summary>
internal sealed record PayoutState(Guid PayoutId, Guid UserId, decimal Amount) : ISagaState
{
    public string Status { get; init; } = SagaStates.Running;

    public string Step { get; init; } = PayoutSteps.RetrievePayoutMethod;

    public int Attempts { get; init; }

    /// <summary>The payee's card as the gateway knows it; stored only while the payout step may re-send it.</summary>
    public string? PayoutToken { get; init; }

    /// <summary>Set once the gateway (or the missing card) decided: paid, or not with <see cref="FailureReason"/>.</summary>
    public bool? Paid { get; init; }

    public string? FailureReason { get; init; }
}

/// <summary>The steps of a payout: the payee's card → the gateway payout → the ledger settles it → the payee is told.</summary>
internal static class PayoutSteps
{
    public const string RetrievePayoutMethod = "RetrievePayoutMethod";
    public const string PayOut = "PayOut";
    public const string Settle = "Settle";
    public const string Notify = "Notify";
}
