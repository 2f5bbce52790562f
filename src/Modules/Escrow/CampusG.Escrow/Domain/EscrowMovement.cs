namespace CampusG.Escrow.Domain;

/// <summary>An entry of the escrow ledger: money in (a hold, positive) or out (refund or release, negative).</summary>
internal sealed class EscrowMovement
{
    public long Id { get; private init; }

    public Guid EscrowId { get; private init; }

    public Guid OrderId { get; private init; }

    public string Kind { get; private init; } = "";

    public long AmountMinor { get; private init; }

    public DateTime At { get; private init; }

    /// <summary>Who a release paid (<c>RUNNER</c> or <c>RESTAURANT</c>); null for holds and refunds.</summary>
    public string? Party { get; private init; }

    public Guid? PartyId { get; private init; }

    public static EscrowMovement Hold(EscrowAccount account, DateTime at) => new()
    {
        EscrowId = account.Id, OrderId = account.OrderId, Kind = "HOLD", AmountMinor = account.AmountMinor, At = at,
    };

    public static EscrowMovement Refund(EscrowAccount account, DateTime at) => new()
    {
        EscrowId = account.Id, OrderId = account.OrderId, Kind = "REFUND", AmountMinor = -account.AmountMinor, At = at,
    };

    /// <summary>One payee's part of a release (an errand's runner gets all of it).</summary>
    public static EscrowMovement Release(EscrowAccount account, string party, Guid partyId, long amountMinor, DateTime at) => new()
    {
        EscrowId = account.Id, OrderId = account.OrderId, Kind = "RELEASE", AmountMinor = -amountMinor, At = at, Party = party, PartyId = partyId,
    };
}
