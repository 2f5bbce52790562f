using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;
using CampusG.Orders.Features;

namespace CampusG.Orders.Tests;

public sealed class LifecycleDomainTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
    private static readonly OrderWindows Window = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(15));

    [Fact]
    public void AcceptanceRound_CountsEveryOpening()
    {
        var order = Order.Place(Guid.NewGuid(), "noodles", 850, 200, "SCIS 1", Now);
        var runner = Guid.NewGuid();
        Assert.Equal(0, order.AcceptanceRound);

        order.MarkCreated(Now, Window);
        Assert.Equal(1, order.AcceptanceRound);
        order.Accept(runner, Now.AddMinutes(1));
        order.CancelAcceptance(runner, Now.AddMinutes(2), Window);
        Assert.Equal(2, order.AcceptanceRound);
        Assert.Equal(Now.AddMinutes(2) + Window.Acceptance, order.AcceptanceExpiresAt);
    }

    [Fact]
    public void Review_ByCustomer_RatesTheRunner_ByRunner_RatesTheCustomer()
    {
        var (customer, runner) = (Guid.NewGuid(), Guid.NewGuid());
        var order = Order.Place(customer, "noodles", 850, 200, "SCIS 1", Now);
        order.MarkCreated(Now, Window);
        order.Accept(runner, Now);

        var ofRunner = Review.Of(order, customer, 5, "great", Now);
        var ofCustomer = Review.Of(order, runner, 4, null, Now);

        Assert.Equal((runner, Review.RunnerRole), (ofRunner.RevieweeId, ofRunner.RevieweeRole));
        Assert.Equal((customer, Review.CustomerRole), (ofCustomer.RevieweeId, ofCustomer.RevieweeRole));
        Assert.NotEqual(ofRunner.Id, ofCustomer.Id);
    }

    [Fact]
    public void Complete_BeforeDelivery_IsRejected()
    {
        var order = Order.Place(Guid.NewGuid(), "noodles", 850, 200, "SCIS 1", Now);
        Assert.Equal(Transition.Rejected, order.Complete(Now));
        Assert.Null(order.CompletedAt);
        Assert.Equal(OrderStatuses.PendingPayment, order.Status);
    }

    [Theory]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xDB, 0x00 }, ImageTypes.Jpeg)]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00 }, ImageTypes.Png)]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x45, 0x42, 0x50, 0x56 }, ImageTypes.WebP)]
    [InlineData(new byte[] { 0x52, 0x49, 0x46, 0x46, 1, 2, 3, 4, 0x57, 0x41, 0x56, 0x45 }, null)]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, null)]
    [InlineData(new byte[] { 0xFF, 0xD8 }, null)]
    [InlineData(new byte[0], null)]
    public void ImageTypes_AreDetectedByTheirMagicBytes(byte[] bytes, string? expected) =>
        Assert.Equal(expected, ImageTypes.Detect(bytes));
}
