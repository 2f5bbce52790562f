using CampusG.Payments.Contracts;

namespace CampusG.Payments.Domain;

/// <summary>
/// One order's payment (R-PAY-1 in docs/requirements.md): INITIATING → AUTHORIZED → INESCROW → RELEASED,
/// INITIATING → FAILED, AUTHORIZED | INESCROW → REFUNDED. Every change is guarded by the current
/// status and returns true only when this call made it, so a repeated command changes nothing.
/// </summary>
internal sealed partial class Payment
{
    public Guid Id { get; private init; }

    public Guid OrderId { get; private init; }

    public Guid CustomerId { get; private init; }

    public long AmountMinor { get; private set; }

    public string Currency { get; private init; } = "";

    public string Status { get; private set; } = PaymentStatuses.Initiating;

    public string GatewayToken { get; private init; } = "";

    public string? AuthorizationId { get; private set; }

    public string? FailureReason { get; private set; }

    public string? FailureDetail { get; private set; }

    /// <summary>Authorization tries whose outcome is recorded (a transient failure counts).</summary>
    public int Attempts { get; private set; }

    public DateTime CreatedAt { get; private init; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? AuthorizedAt { get; private set; }

    public DateTime? RefundedAt { get; private set; }

    public DateTime? ReleasedAt { get; private set; }

    /// <summary>True while money is authorized and not yet released or refunded.</summary>
    public bool CanBeRefunded => Status is PaymentStatuses.Authorized or PaymentStatuses.InEscrow;

    public static Payment Initiate(Guid orderId, Guid customerId, long amountMinor, string currency, string gatewayToken, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(now),
        OrderId = orderId,
        CustomerId = customerId,
        AmountMinor = amountMinor,
        Currency = currency,
        GatewayToken = gatewayToken,
        CreatedAt = now,
        UpdatedAt = now,
    };

    public bool Authorize(string authorizationId, DateTime now)
    {
        if (Status != PaymentStatuses.Initiating)
        {
            return false;
        }

        Status = PaymentStatuses.Authorized;
        AuthorizationId = authorizationId;
        Attempts++;
        AuthorizedAt = UpdatedAt = now;
        return true;
    }

    /// <summary>A transient gateway failure: the payment stays INITIATING for the next try.</summary>
    public bool RecordTransientFailure(DateTime now)
    {
        if (Status != PaymentStatuses.Initiating)
        {
            return false;
        }

        Attempts++;
        UpdatedAt = now;
        return true;
    }

    /// <param name="reason"><see cref="PaymentFailureReasons"/>.</param>
    /// <param name="countsAsAttempt">False when nothing was asked of the gateway (a revert before authorization).</param>
    public bool Fail(string reason, string detail, DateTime now, bool countsAsAttempt = true)
    {
        if (Status != PaymentStatuses.Initiating)
        {
            return false;
        }

        Status = PaymentStatuses.Failed;
        FailureReason = reason;
        FailureDetail = detail;
        Attempts += countsAsAttempt ? 1 : 0;
        UpdatedAt = now;
        return true;
    }

    public bool MoveToEscrow(DateTime now) => Move(PaymentStatuses.Authorized, PaymentStatuses.InEscrow, now);

    public bool Refund(DateTime now)
    {
        if (!CanBeRefunded)
        {
            return false;
        }

        Status = PaymentStatuses.Refunded;
        RefundedAt = UpdatedAt = now;
        return true;
    }

    private bool Move(string from, string to, DateTime now)
    {
        if (Status != from)
        {
            return false;
        }

        Status = to;
        UpdatedAt = now;
        return true;
    }
}
