using CampusG.Escrow.Contracts;

namespace CampusG.Escrow.Domain;

/// <summary>A payout of a payee's earnings to their card: PENDING, then PAID or FAILED (the money back in the balance), once.</summary>
internal sealed class Payout
{
    public Guid Id { get; private init; }

    public Guid UserId { get; private init; }

    public long AmountMinor { get; private init; }

    public string Status { get; private set; } = PayoutStatuses.Pending;

    public bool Automatic { get; private init; }

    public DateTime RequestedAt { get; private init; }

    public DateTime? SettledAt { get; private set; }

    public string? FailureReason { get; private set; }

    public static Payout Request(Guid userId, long amountMinor, bool automatic, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(now), UserId = userId, AmountMinor = amountMinor, Automatic = automatic, RequestedAt = now,
    };

    /// <summary>Returns true only when this call settled it.</summary>
    public bool Settle(bool paid, string? reason, DateTime now)
    {
        if (Status != PayoutStatuses.Pending)
        {
            return false;
        }

        Status = paid ? PayoutStatuses.Paid : PayoutStatuses.Failed;
        FailureReason = paid ? null : reason ?? "the payout failed";
        SettledAt = now;
        return true;
    }
}

/// <summary>
/// A payee's row: until when their saved card can receive payouts (learned from Users), and the version that makes two
/// payouts of the same balance take turns.
/// </summary>
internal sealed class PayeeAccount
{
    public Guid UserId { get; private init; }

    public DateTime? PayoutMethodUsableUntil { get; private set; }

    public Guid Version { get; private set; }

    public static PayeeAccount Open(Guid userId) => new() { UserId = userId, Version = Guid.NewGuid() };

    public bool CanBePaidOut(DateTime now) => PayoutMethodUsableUntil > now;

    public void SavePayoutMethod(DateTime usableUntil)
    {
        PayoutMethodUsableUntil = usableUntil;
        Version = Guid.NewGuid();
    }

    /// <summary>Marks a change of the balance: a concurrent payout that read the old balance fails to save and tries again.</summary>
    public void Touch() => Version = Guid.NewGuid();
}
