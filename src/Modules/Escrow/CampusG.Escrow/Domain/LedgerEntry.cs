namespace CampusG.Escrow.Domain;

/// <summary>
/// One side of a ledger transaction. Money only moves by <see cref="Transfer"/>: every transaction is two or more
/// entries that sum to zero, so a balance is always the sum of an account's entries, never a stored counter.
/// </summary>
internal sealed class LedgerEntry
{
    public long Id { get; private init; }

    /// <summary>Names the movement and makes it happen once: <c>hold:{orderId}</c>, <c>payout:{payoutId}</c>, …</summary>
    public string TransactionId { get; private init; } = "";

    /// <summary><see cref="LedgerAccounts"/>.</summary>
    public string Account { get; private init; } = "";

    /// <summary>Whose account: the order for <c>ESCROW</c>, the user for the others, empty for <c>PLATFORM</c>.</summary>
    public Guid AccountId { get; private init; }

    /// <summary><see cref="LedgerKinds"/>.</summary>
    public string Kind { get; private init; } = "";

    public long AmountMinor { get; private init; }

    public DateTime At { get; private init; }

    public Guid? OrderId { get; private init; }

    public Guid? PayoutId { get; private init; }

    /// <summary>On earnings entries: as whom the user earned (<c>RUNNER</c> or <c>RESTAURANT</c>).</summary>
    public string? Party { get; private init; }

    /// <summary>Moves <paramref name="amountMinor"/> from one account to another: two entries that sum to zero.</summary>
    public static LedgerEntry[] Transfer(Movement movement, (string Account, Guid Id) from, (string Account, Guid Id) to, long amountMinor, string? party = null) =>
    [
        movement.Entry(from, -amountMinor, party),
        movement.Entry(to, amountMinor, party),
    ];

    /// <summary>What a transaction is: its id, kind, time and the order or payout it belongs to.</summary>
    internal sealed record Movement(string TransactionId, string Kind, DateTime At, Guid? OrderId = null, Guid? PayoutId = null)
    {
        public LedgerEntry Entry((string Account, Guid Id) account, long amountMinor, string? party) => new()
        {
            TransactionId = TransactionId, Account = account.Account, AccountId = account.Id, Kind = Kind, AmountMinor = amountMinor, At = At,
            OrderId = OrderId, PayoutId = PayoutId, Party = party,
        };
    }
}

/// <summary>The ledger's accounts.</summary>
internal static class LedgerAccounts
{
    /// <summary>The customer's card: negative while the platform holds or has taken their money.</summary>
    public const string Customer = "CUSTOMER";

    /// <summary>One order's escrow: what is held for it.</summary>
    public const string Escrow = "ESCROW";

    /// <summary>A payee's earnings: their balance.</summary>
    public const string Earnings = "EARNINGS";

    /// <summary>Payouts sent to the gateway and not yet settled.</summary>
    public const string PayoutsInFlight = "PAYOUTS";

    /// <summary>What reached the payee's card.</summary>
    public const string PaidOut = "PAID_OUT";

    /// <summary>The platform's own money (refunds it bears).</summary>
    public const string Platform = "PLATFORM";

    public static (string, Guid) CustomerOf(Guid userId) => (Customer, userId);

    public static (string, Guid) EscrowOf(Guid orderId) => (Escrow, orderId);

    public static (string, Guid) EarningsOf(Guid userId) => (Earnings, userId);

    public static (string, Guid) InFlightOf(Guid userId) => (PayoutsInFlight, userId);

    public static (string, Guid) PaidOutOf(Guid userId) => (PaidOut, userId);

    public static (string, Guid) ThePlatform => (Platform, Guid.Empty);
}

internal static class LedgerKinds
{
    public const string Hold = "HOLD";
    public const string HoldIncrease = "HOLD_INCREASE";
    public const string Refund = "REFUND";
    public const string Release = "RELEASE";
    public const string PriceRefund = "PRICE_REFUND";
    public const string IssueRefund = "ISSUE_REFUND";
    public const string Payout = "PAYOUT";
    public const string PayoutPaid = "PAYOUT_PAID";
    public const string PayoutReturned = "PAYOUT_RETURNED";
}
