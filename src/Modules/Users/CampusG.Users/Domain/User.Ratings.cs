namespace CampusG.Users.Domain;

/// <summary>The rating counters: each change recomputes both ratings with <see cref="RatingFormula"/>.</summary>
internal sealed partial class User
{
    public const int MinReviewRating = 1;
    public const int MaxReviewRating = 5;

    public void RecordOrderPlaced(DateTime now) => Recount(() => CustomerOrderCount++, now);

    public void RecordCustomerCancellation(DateTime now) => Recount(() => CustomerCancellationCount++, now);

    public void RecordAcceptance(DateTime now) => Recount(() => RunnerAcceptanceCount++, now);

    public void RecordAcceptanceCancellation(DateTime now) => Recount(() => RunnerAcceptanceCancellationCount++, now);

    /// <summary>A customer rated this user as a runner (1–5).</summary>
    public void AddRunnerReview(int rating, DateTime now)
    {
        EnsureReviewRating(rating);
        Recount(() => { RunnerReviewCount++; RunnerReviewSum += rating; }, now);
    }

    /// <summary>A runner rated this user as a customer (1–5).</summary>
    public void AddCustomerReview(int rating, DateTime now)
    {
        EnsureReviewRating(rating);
        Recount(() => { CustomerReviewCount++; CustomerReviewSum += rating; }, now);
    }

    public static bool IsValidReviewRating(int rating) => rating is >= MinReviewRating and <= MaxReviewRating;

    private static void EnsureReviewRating(int rating)
    {
        if (!IsValidReviewRating(rating))
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "A review rates 1 to 5.");
        }
    }

    private void Recount(Action change, DateTime now)
    {
        change();
        CustomerRating = RatingFormula.Compute(CustomerReviewCount, CustomerReviewSum, CustomerCancellationCount, CustomerOrderCount);
        RunnerRating = RatingFormula.Compute(RunnerReviewCount, RunnerReviewSum, RunnerAcceptanceCancellationCount, RunnerAcceptanceCount);
        UpdatedAt = now;
    }
}
