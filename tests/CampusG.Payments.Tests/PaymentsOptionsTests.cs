namespace CampusG.Payments.Tests;

public sealed class PaymentsOptionsTests
{
    [Fact]
    public void DefaultSchedule_LastsAboutThirtySeconds()
    {
        var delays = new PaymentsOptions().RetryDelays();

        Assert.Equal(5, delays.Count);
        Assert.Equal(TimeSpan.FromSeconds(30), delays.Aggregate(TimeSpan.Zero, (sum, d) => sum + d));
    }

    [Fact]
    public void Schedule_IsParsedInOrder_IgnoringSpaces()
    {
        var options = new PaymentsOptions { RetrySchedule = "00:00:00.050, 00:00:00.100" };

        Assert.True(options.IsValid());
        Assert.Equal([TimeSpan.FromMilliseconds(50), TimeSpan.FromMilliseconds(100)], options.RetryDelays());
    }

    [Theory]
    [InlineData("soon")]
    [InlineData("00:00:01,-00:00:01")]
    public void BadSchedule_IsInvalid(string schedule) =>
        Assert.False(new PaymentsOptions { RetrySchedule = schedule }.IsValid());
}
