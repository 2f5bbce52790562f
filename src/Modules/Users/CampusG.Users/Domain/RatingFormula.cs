namespace CampusG.Users.Domain;

/// <summary>
/// The rating formula of docs/ratings.md: the average review, lowered by up to half in
/// proportion to the cancellation rate, rounded to two places and clamped to 0–5.
/// </summary>
internal static class RatingFormula
{
    public const decimal MaxRating = 5m;

    /// <summary>How much of the average a 100 % cancellation rate takes away.</summary>
    public const decimal CancellationWeight = 0.5m;

    /// <summary>
    /// Null while there are no reviews; otherwise
    /// <c>round(avg × (1 − 0.5 × cancellations / max(1, opportunities)), 2)</c> clamped to [0, 5].
    /// </summary>
    /// <param name="reviewCount">How many reviews were received.</param>
    /// <param name="reviewSum">The sum of their ratings.</param>
    /// <param name="cancellations">Acceptance cancellations (runner) or customer cancellations (customer).</param>
    /// <param name="opportunities">Acceptances (runner) or orders placed (customer).</param>
    public static decimal? Compute(int reviewCount, int reviewSum, int cancellations, int opportunities)
    {
        if (reviewCount <= 0)
        {
            return null;
        }

        var average = (decimal)reviewSum / reviewCount;
        var rate = Math.Clamp((decimal)Math.Max(0, cancellations) / Math.Max(1, opportunities), 0m, 1m);
        var rating = average * (1m - (CancellationWeight * rate));
        return Math.Round(Math.Clamp(rating, 0m, MaxRating), 2, MidpointRounding.AwayFromZero);
    }
}
