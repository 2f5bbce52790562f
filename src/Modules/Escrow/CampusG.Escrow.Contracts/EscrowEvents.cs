using CampusG.Messaging;

namespace CampusG.Escrow.Contracts;

[Message("escrow.fundsHeld")]
public sealed record FundsHeld(Guid OrderId, [InternalOnly] Guid EscrowId, decimal Amount, DateTimeOffset At);

[Message("escrow.holdFailed")]
public sealed record FundsHoldFailed(Guid OrderId, string Reason, DateTimeOffset At);

[Message("escrow.fundsRefunded")]
public sealed record FundsRefunded(Guid OrderId, [InternalOnly] Guid? EscrowId, decimal Amount, DateTimeOffset At);

/// <summary>The escrow statuses of R-PAY-2 (docs/requirements.md).</summary>
public static class EscrowStatuses
{
    public const string Pending = "PENDING";
    public const string Held = "HELD";
    public const string Released = "RELEASED";
    public const string Refunded = "REFUNDED";
    public const string Failed = "FAILED";
}

[Message("escrow.fundsReleased")]
public sealed record FundsReleased(
    Guid OrderId, [InternalOnly] Guid EscrowId, Guid RunnerId, decimal Amount, DateTimeOffset At, IReadOnlyList<ReleasedSplit>? Splits = null);

/// <summary>Who was paid what by a release: the runner the delivery fee (an errand: everything), a restaurant's owner the food fee.</summary>
/// <param name="Party"><see cref="SplitParties"/>.</param>
public sealed record ReleasedSplit(string Party, Guid PartyId, decimal Amount);

public static class SplitParties
{
    public const string Runner = "RUNNER";
    public const string Restaurant = "RESTAURANT";
}

[Message("escrow.releaseRejected")]
public sealed record FundsReleaseRejected(Guid OrderId, string Status, DateTimeOffset At);
