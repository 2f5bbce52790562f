using CampusG.Sagas.Domain;
using CampusG.Sagas.Engine;

namespace CampusG.Sagas.Definitions;

/// <summary>The Raise Delivery Fee saga's typed state; one instance per boost (correlation <c>{orderId}:boost:{boostId}</c>).</summary>
internal sealed record RaiseDeliveryFeeState(Guid OrderId, Guid BoostId, decimal Increment, decimal DeliveryFee) : ISagaState
{
    public string Status { get; init; } = SagaStates.Running;

    public string Step { get; init; } = RaiseDeliveryFeeSteps.IncreaseAuthorization;

    public int Attempts { get; init; }

    /// <summary>Why the boost was undone, once compensating.</summary>
    public string? FailureReason { get; init; }

    /// <summary>The card refused the increment (rather than the escrow being no longer held).</summary>
    public bool CardRefused { get; init; }
}

/// <summary>The steps of a delivery-fee boost: grow the card's authorization → grow the escrow hold; or, undoing, put the fee back.</summary>
internal static class RaiseDeliveryFeeSteps
{
    public const string IncreaseAuthorization = "IncreaseAuthorization";
    public const string IncreaseHold = "IncreaseHold";
    public const string RevertFee = "RevertFee";

    /// <summary>The card refused the increment but a runner had already accepted the boosted fee: the platform covers it.</summary>
    public const string PlatformCovers = "PlatformCovers";
}
