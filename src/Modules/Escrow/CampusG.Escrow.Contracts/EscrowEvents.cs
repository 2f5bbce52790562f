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

/// <summary>The escrow was released into the payees' earnings; <paramref name="CustomerRefund"/> went back to the customer.</summary>
[Message("escrow.fundsReleased")]
public sealed record FundsReleased(
    Guid OrderId, [InternalOnly] Guid EscrowId, Guid RunnerId, decimal Amount, DateTimeOffset At, IReadOnlyList<ReleasedSplit>? Splits = null,
    decimal CustomerRefund = 0m);

/// <summary>A problem report's refund is booked: taken from the charged party for the customer.</summary>
[Message("escrow.refundCharged")]
public sealed record RefundCharged(Guid OrderId, Guid RefundId, decimal Amount, string ChargedTo, DateTimeOffset At);

[Message("escrow.holdIncreased")]
public sealed record HoldIncreased(Guid OrderId, Guid BoostId, decimal Increment, decimal Amount, DateTimeOffset At);

/// <summary>The hold could not grow: the escrow is no longer HELD (<paramref name="Status"/>).</summary>
[Message("escrow.holdIncreaseRejected")]
public sealed record HoldIncreaseRejected(Guid OrderId, Guid BoostId, string Status, DateTimeOffset At);

/// <summary>A payout of a payee's earnings was requested (by the payee, or automatically after a release). Starts the Payout saga.</summary>
[Message("escrow.payoutRequested")]
public sealed record PayoutRequested(Guid PayoutId, [Addressee] Guid UserId, decimal Amount, bool Automatic, DateTimeOffset At);

/// <param name="Status"><see cref="PayoutStatuses"/>: PAID or FAILED.</param>
[Message("escrow.payoutSettled")]
public sealed record PayoutSettled(Guid PayoutId, [Addressee] Guid UserId, decimal Amount, string Status, string? Reason, DateTimeOffset At);

public static class PayoutStatuses
{
    public const string Pending = "PENDING";
    public const string Paid = "PAID";
    public const string Failed = "FAILED";
}

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
