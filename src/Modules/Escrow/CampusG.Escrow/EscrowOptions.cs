namespace CampusG.Escrow;

/// <summary>Configuration section <c>Escrow</c>.</summary>
internal sealed class EscrowOptions
{
    public const string SectionName = "Escrow";

    /// <summary>The most one order may hold; a larger hold is refused (and the order cancelled with ESCROW_FAILED).</summary>
    public decimal MaxHoldAmount { get; set; } = 2000m;
}

/// <summary>Configuration section <c>Payouts</c>.</summary>
internal sealed class PayoutOptions
{
    public const string SectionName = "Payouts";

    /// <summary>Pay what a release earned out to the payee's saved card at once (when there is one).</summary>
    public bool Automatic { get; set; } = true;
}
