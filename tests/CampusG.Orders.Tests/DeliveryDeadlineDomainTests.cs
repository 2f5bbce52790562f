using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;

namespace CampusG.Orders.Tests;

/// <summary>An errand's delivery deadline on the order itself: cancelled before PURCHASED, flagged overdue after, else nothing.</summary>
public sealed class DeliveryDeadlineDomainTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
    private static readonly OrderWindows Window = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(15));
    private readonly Guid _runner = Guid.NewGuid();

    [Theory]
    [InlineData(OrderStatuses.Accepted)]
    [InlineData(OrderStatuses.OnSite)]
    public void BeforePurchase_TheErrandIsCancelledDeliveryTimeout(string status)
    {
        var order = ErrandIn(status);

        Assert.Equal(DeadlineOutcome.Cancelled, order.PassDeliveryDeadline(1, Now.AddHours(2)));
        Assert.Equal((OrderStatuses.Cancelled, CancellationReasons.DeliveryTimeout), (order.Status, order.CancellationReason));
        Assert.False(order.IsOverdue);
        Assert.Equal(DeadlineOutcome.Cancelled, order.PassDeliveryDeadline(1, Now.AddHours(3)));
        Assert.Single(order.Timeline, c => c.Status == OrderStatuses.Cancelled);
    }

    [Theory]
    [InlineData(OrderStatuses.Purchased)]
    [InlineData(OrderStatuses.Collected)]
    [InlineData(OrderStatuses.OnTheWay)]
    public void UnderWay_TheErrandIsFlaggedOverdueOnce_AndKeepsItsStatus(string status)
    {
        var order = ErrandIn(status);
        var version = order.Version;

        Assert.Equal(DeadlineOutcome.Overdue, order.PassDeliveryDeadline(1, Now.AddHours(2)));
        Assert.Equal(DeadlineOutcome.Overdue, order.PassDeliveryDeadline(1, Now.AddHours(3)));

        Assert.Equal((status, Now.AddHours(2)), (order.Status, order.OverdueSince));
        Assert.True(order.IsOverdue);
        Assert.Equal(version + 1, order.Version); // the racing runner's report conflicts with the flag, and the read cache sees it
    }

    [Fact]
    public void ADeadlineOfAnotherRound_OrAfterDelivery_ChangesNothing()
    {
        var givenBack = ErrandIn(OrderStatuses.Accepted);
        givenBack.CancelAcceptance(_runner, Now.AddMinutes(5), Window);
        givenBack.Accept(Guid.NewGuid(), Now.AddMinutes(6));
        var delivered = ErrandIn(OrderStatuses.Delivered);
        var operatorCancelled = ErrandIn(OrderStatuses.Accepted);
        operatorCancelled.Cancel(CancellationReasons.OperatorCancelled, Now);

        Assert.Equal(DeadlineOutcome.None, givenBack.PassDeliveryDeadline(1, Now.AddHours(2)));
        Assert.Equal(DeadlineOutcome.None, delivered.PassDeliveryDeadline(1, Now.AddHours(2)));
        Assert.Equal(DeadlineOutcome.None, operatorCancelled.PassDeliveryDeadline(1, Now.AddHours(2)));
        Assert.Equal(OrderStatuses.Accepted, givenBack.Status);
        Assert.Equal(CancellationReasons.OperatorCancelled, operatorCancelled.CancellationReason);
        Assert.False(delivered.IsOverdue);
        Assert.Equal(DeadlineOutcome.Cancelled, givenBack.PassDeliveryDeadline(2, Now.AddHours(2)));
    }

    [Theory]
    [InlineData(OrderStatuses.Created)]
    [InlineData(OrderStatuses.Purchased)]
    public void DeliveryTimeout_CancelsOnlyAnErrandTakenAndNotBought(string status)
    {
        var order = ErrandIn(status);

        Assert.Equal(Transition.Rejected, order.Cancel(CancellationReasons.DeliveryTimeout, Now));
        Assert.Equal(status, order.Status);
    }

    private Order ErrandIn(string status)
    {
        var order = Order.Place(Guid.NewGuid(), "noodles", 850, 200, "SCIS 1", Now);
        order.MarkCreated(Now, Window);
        if (status == OrderStatuses.Created)
        {
            return order;
        }

        order.Accept(_runner, Now);
        foreach (var next in new[] { OrderStatuses.OnSite, OrderStatuses.Purchased, OrderStatuses.Collected, OrderStatuses.OnTheWay, OrderStatuses.Delivered })
        {
            if (order.Status == status)
            {
                break;
            }

            order.Advance(next, Now, Window);
        }

        Assert.Equal(status, order.Status);
        return order;
    }
}
