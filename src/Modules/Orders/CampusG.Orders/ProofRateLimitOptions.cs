namespace CampusG.Orders;

/// <summary>The Orders module's setting in the configuration section <c>RateLimits</c> (API.md, "Sessions, limits and privacy").</summary>
internal sealed class ProofRateLimitOptions
{
    public const string SectionName = "RateLimits";

    /// <summary>At most this many proofs on one order (<c>RateLimits:ProofsPerOrder</c>); the next upload is 429.</summary>
    public int ProofsPerOrder { get; set; } = 10;
}
