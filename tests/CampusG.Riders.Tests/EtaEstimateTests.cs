using CampusG.Orders.Contracts;
using CampusG.Riders.Domain;

namespace CampusG.Riders.Tests;

public sealed class EtaEstimateTests
{
    private static readonly DateTime Now = new(2026, 12, 6, 12, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Distance_IsTheGreatCircle()
    {
        // One thousandth of a degree of latitude is about 111 m.
        Assert.InRange(EtaEstimate.MetersBetween((1.300, 103.85), (1.301, 103.85)), 110, 112);
    }

    [Fact]
    public void BeforePickup_TheLaterOfReadyTimeAndArrival_PlusTheWayToTheCustomer()
    {
        var delivery = Accepted(readyIn: TimeSpan.FromMinutes(10), leg: TimeSpan.FromMinutes(15));

        // 111 m at 1.4 m/s: under two minutes, so the kitchen decides.
        Assert.Equal(Now.AddMinutes(25), EtaEstimate.Of(delivery, (1.301, 103.85), Now, 1.4));

        // 11.1 km: over two hours away, so the rider's walk decides.
        var far = EtaEstimate.Of(delivery, (1.400, 103.85), Now, 1.4)!.Value;
        Assert.InRange(far - Now, TimeSpan.FromMinutes(130 + 15), TimeSpan.FromMinutes(134 + 15));

        // No rider position: Orders' own estimate.
        Assert.Equal(Now.AddMinutes(25), EtaEstimate.Of(delivery, null, Now, 1.4));
    }

    [Fact]
    public void AfterPickup_ThePickupPlusTheWay_AndNothingOnceEnded()
    {
        var delivery = Accepted(readyIn: TimeSpan.FromMinutes(10), leg: TimeSpan.FromMinutes(15));
        delivery.Move(OrderStatuses.PickedUp, Now.AddMinutes(12));
        Assert.Equal(Now.AddMinutes(27), EtaEstimate.Of(delivery, (1.5, 103.85), Now.AddMinutes(13), 1.4));

        delivery.Move(OrderStatuses.Delivered, Now.AddMinutes(20));
        Assert.Null(EtaEstimate.Of(delivery, (1.5, 103.85), Now.AddMinutes(21), 1.4));
    }

    [Fact]
    public void ALateEvent_DoesNotMoveTheDeliveryBack()
    {
        var delivery = Accepted(readyIn: TimeSpan.FromMinutes(10), leg: TimeSpan.FromMinutes(15));
        Assert.True(delivery.Move(OrderStatuses.PickedUp, Now.AddMinutes(5)));
        Assert.False(delivery.Move(OrderStatuses.RiderAssigned, Now.AddMinutes(4)));
        Assert.True(delivery.Move(OrderStatuses.Delivered, Now.AddMinutes(6)));
        Assert.True(delivery.Move(OrderStatuses.Completed, Now.AddMinutes(7)));
        Assert.False(delivery.Move(OrderStatuses.Cancelled, Now.AddMinutes(8)));
        Assert.Equal(OrderStatuses.Completed, delivery.Status);
    }

    private static Delivery Accepted(TimeSpan readyIn, TimeSpan leg)
    {
        var delivery = Delivery.New(Guid.NewGuid());
        var ready = new DateTimeOffset(Now + readyIn, TimeSpan.Zero);
        delivery.RestaurantAccepted(new OrderRestaurantAccepted(
            delivery.OrderId, Guid.NewGuid(), Guid.NewGuid(), ready, ready.AddMinutes(20), new DateTimeOffset(Now, TimeSpan.Zero), ready + leg,
            new PickupPoint(Guid.NewGuid(), "Koufu", "SMU", 1.300, 103.85)));
        return delivery;
    }
}
