using CampusG.Users.Domain;

namespace CampusG.Users.Tests;

public sealed class UserRatingsTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void NewUser_HasNoRatings()
    {
        var user = NewUser();

        Assert.Equal((null, null), (user.CustomerRating, user.RunnerRating));
    }

    [Fact]
    public void CountersAlone_LeaveTheRatingsNull()
    {
        var user = NewUser();

        user.RecordOrderPlaced(Now);
        user.RecordCustomerCancellation(Now);
        user.RecordAcceptance(Now);
        user.RecordAcceptanceCancellation(Now);

        Assert.Equal((null, null), (user.CustomerRating, user.RunnerRating));
        Assert.Equal((1, 1, 1, 1), (user.CustomerOrderCount, user.CustomerCancellationCount, user.RunnerAcceptanceCount, user.RunnerAcceptanceCancellationCount));
    }

    [Fact]
    public void RunnerReviews_AndGiveBacks_SetOnlyTheRunnerRating()
    {
        var user = NewUser();
        user.RecordAcceptance(Now);
        user.RecordAcceptance(Now);
        user.AddRunnerReview(5, Now);
        user.AddRunnerReview(3, Now);

        user.RecordAcceptanceCancellation(Now.AddMinutes(1));

        Assert.Equal(3.00m, user.RunnerRating); // 4 × (1 − 0.5 × 1/2)
        Assert.Null(user.CustomerRating);
        Assert.Equal(Now.AddMinutes(1), user.UpdatedAt);
    }

    [Fact]
    public void CustomerReviews_AndCancellations_SetOnlyTheCustomerRating()
    {
        var user = NewUser();
        user.RecordOrderPlaced(Now);
        user.AddCustomerReview(4, Now);

        user.RecordCustomerCancellation(Now);

        Assert.Equal(2.00m, user.CustomerRating); // 4 × (1 − 0.5 × 1/1)
        Assert.Null(user.RunnerRating);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void Review_OutsideOneToFive_IsRejected(int rating)
    {
        var user = NewUser();

        Assert.Throws<ArgumentOutOfRangeException>(() => user.AddRunnerReview(rating, Now));
        Assert.Throws<ArgumentOutOfRangeException>(() => user.AddCustomerReview(rating, Now));
        Assert.Equal((0, 0), (user.RunnerReviewCount, user.CustomerReviewCount));
    }

    private static User NewUser() => User.Register(new NewAccount("a@campus.test", "correct horse", "Ada", "Lovelace", "+6591234567"), isAdmin: false, Now);
}
