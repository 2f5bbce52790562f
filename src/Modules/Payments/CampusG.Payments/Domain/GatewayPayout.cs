using CampusG.Escrow.Contracts;
using CampusG.Payments.Contracts;

namespace CampusG.Payments.Domain;

/// <summary>
/// One payout of a payee's earnings to their card: PENDING (transient failures retried), then PAID or FAILED, once.
/// The card token is kept only while the payout may still be tried.
/// </summary>
internal sealed class GatewayPayout
{
    public Guid Id { get; private init; }

    public Guid UserId { get; private init; }

    public long AmountMinor { get; private init; }

    public string Currency { get; private init; } = "";

    public string? Token { get; private set; }

    public string Status { get; private set; } = PayoutStatuses.Pending;

    /// <summary>Tries that failed transiently.</summary>
    public int Attempts { get; private set; }

    public string? ReferenceId { get; private set; }

    public string? FailureReason { get; private set; }

    public DateTime RequestedAt { get; private init; }

    public DateTime UpdatedAt { get; private set; }

    /// <summary>The gateway's idempotency key: the same for every try, so a payout made but not confirmed is not made twice.</summary>
    public string IdempotencyKey => $"payout:{Id}";

    public static GatewayPayout Request(PayOut command, DateTime now) => new()
    {
        Id = command.PayoutId, UserId = command.UserId, AmountMinor = Messaging.Money.ToMinor(command.Amount), Currency = command.Currency,
        Token = command.PayoutToken, RequestedAt = now, UpdatedAt = now,
    };

    public void MarkPaid(string referenceId, DateTime now)
    {
        Status = PayoutStatuses.Paid;
        ReferenceId = referenceId;
        Token = null;
        UpdatedAt = now;
    }

    public void MarkFailed(string reason, DateTime now)
    {
        Status = PayoutStatuses.Failed;
        FailureReason = reason;
        Token = null;
        UpdatedAt = now;
    }

    public void RecordTransientFailure(DateTime now)
    {
        Attempts++;
        UpdatedAt = now;
    }
}
