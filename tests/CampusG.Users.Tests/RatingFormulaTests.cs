using CampusG.Users.Domain;

namespace CampusG.Users.Tests;

public sealed class RatingFormulaTests
{
    [Theory]
    [InlineData(0, 0, 0, 0)]
    [InlineData(0, 0, 3, 5)]
    public void Compute_WithoutReviews_IsNull(int count, int sum, int cancellations, int opportunities) =>
        Assert.Null(RatingFormula.Compute(count, sum, cancellations, opportunities));

    [Theory]
    [InlineData(1, 4, 4.00)]
    [InlineData(2, 9, 4.50)]
    [InlineData(3, 13, 4.33)]
    [InlineData(3, 14, 4.67)]
    public void Compute_WithoutCancellations_IsTheRoundedAverage(int count, int sum, double expected) =>
        Assert.Equal((decimal)expected, RatingFormula.Compute(count, sum, 0, 10));

    [Theory]
    [InlineData(0, 4, 4.00)]
    [InlineData(1, 4, 3.50)]
    [InlineData(2, 4, 3.00)]
    [InlineData(4, 4, 2.00)]
    public void Compute_CancellationRate_TakesUpToHalfTheAverage(int cancellations, int opportunities, double expected) =>
        Assert.Equal((decimal)expected, RatingFormula.Compute(2, 8, cancellations, opportunities));

    [Fact]
    public void Compute_CancellationsWithoutOpportunities_DivideByOne() =>
        Assert.Equal(2.50m, RatingFormula.Compute(1, 5, 1, 0));

    [Fact]
    public void Compute_MoreCancellationsThanOpportunities_CapsTheRateAtOne() =>
        Assert.Equal(2.00m, RatingFormula.Compute(1, 4, 5, 2));

    [Theory]
    [InlineData(1, 7, 5.00)]
    [InlineData(1, -3, 0.00)]
    public void Compute_OutOfRangeAverages_AreClampedToZeroToFive(int count, int sum, double expected) =>
        Assert.Equal((decimal)expected, RatingFormula.Compute(count, sum, 0, 0));

    [Fact]
    public void Compute_Midpoints_RoundAwayFromZero()
    {
        Assert.Equal(4.63m, RatingFormula.Compute(8, 37, 0, 1)); // 4.625
        Assert.Equal(4.38m, RatingFormula.Compute(1, 5, 1, 4)); // 5 × 0.875 = 4.375
    }

    [Fact]
    public void Compute_TheDocumentedExample()
    {
        // docs/ratings.md: reviews 5, 4, 4, 3 (avg 4) with 1 give-back out of 5 acceptances.
        Assert.Equal(3.60m, RatingFormula.Compute(4, 16, 1, 5));
    }
}
