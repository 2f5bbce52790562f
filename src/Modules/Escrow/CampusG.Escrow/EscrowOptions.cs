namespace CampusG.Escrow;

/// <summary>Configuration section <c>Escrow</c>.</summary>
internal sealed class EscrowOptions
{
    public const string SectionName = "Escrow";

    /// <summary>The most one order may hold; a larger hold is refused (and the order cancelled with ESCROW_FAILED).</summary>
    public decimal MaxHoldAmount { get; set; } = 2000m;
}
