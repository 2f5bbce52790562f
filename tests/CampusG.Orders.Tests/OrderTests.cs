using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;

namespace CampusG.Orders.Tests;

public sealed class OrderTests
{
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);
    private static readonly OrderWindows Window = new(TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(15));

    [Fact]
    public void Place_StartsPendingPayment_WithATimelineEntry()
    {
        var customer = Guid.NewGuid();

        var order = Order.Place(customer, "noodles", 850, 200, "SCIS 1", Now);

        Assert.Equal((OrderStatuses.PendingPayment, customer, 1), (order.Status, order.CustomerId, order.Version));
        Assert.Equal(7, order.Id.Version);
        Assert.Equal([(OrderStatuses.PendingPayment, Now)], order.Timeline.Select(c => (c.Status, c.At)));
        Assert.Equal((Now, Now), (order.CreatedAt, order.UpdatedAt));
    }

    [Fact]
    public void TheWholeLifecycle_MovesOneStepAtATime()
    {
        var order = Pending();
        var runner = Guid.NewGuid();

        Assert.Equal(Transition.Applied, order.MarkCreated(Now.AddMinutes(1), Window));
        Assert.Equal(Now.AddMinutes(31), order.AcceptanceExpiresAt);
        Assert.Equal(Transition.Applied, order.Accept(runner, Now.AddMinutes(2)));
        Assert.Null(order.AcceptanceExpiresAt);
        foreach (var status in new[] { OrderStatuses.OnSite, OrderStatuses.Purchased, OrderStatuses.Collected, OrderStatuses.OnTheWay, OrderStatuses.Delivered })
        {
            Assert.Equal(Transition.Applied, order.Advance(status, Now.AddMinutes(3), Window));
        }

        Assert.Equal(Transition.Applied, order.Complete(Now.AddMinutes(4)));

        Assert.Equal(
            [OrderStatuses.PendingPayment, OrderStatuses.Created, OrderStatuses.Accepted, OrderStatuses.OnSite, OrderStatuses.Purchased,
                OrderStatuses.Collected, OrderStatuses.OnTheWay, OrderStatuses.Delivered, OrderStatuses.Completed],
            order.Timeline.Select(c => c.Status));
        Assert.Equal((runner, Now.AddMinutes(4), 9), (order.RunnerId!.Value, order.CompletedAt!.Value, order.Version));
    }

    [Fact]
    public void RepeatedChanges_AreAlreadyApplied_AndChangeNothing()
    {
        var order = Pending();
        var runner = Guid.NewGuid();
        order.MarkCreated(Now, Window);
        var version = order.Version;

        Assert.Equal(Transition.AlreadyApplied, order.MarkCreated(Now.AddMinutes(5), Window));
        Assert.Equal((version, Now + Window.Acceptance), (order.Version, order.AcceptanceExpiresAt!.Value));
        order.Accept(runner, Now);
        Assert.Equal(Transition.AlreadyApplied, order.Accept(runner, Now));
        order.Advance(OrderStatuses.OnSite, Now, Window);
        Assert.Equal(Transition.AlreadyApplied, order.Advance(OrderStatuses.OnSite, Now, Window));
        Assert.Equal(4, order.Timeline.Count);
    }

    [Theory]
    [InlineData(OrderStatuses.Purchased)]
    [InlineData(OrderStatuses.Accepted)]
    [InlineData(OrderStatuses.Completed)]
    [InlineData(OrderStatuses.Cancelled)]
    public void Advance_OtherThanToTheNextRunnerStep_IsRejected(string status)
    {
        var order = Accepted(Guid.NewGuid());

        Assert.Equal(Transition.Rejected, order.Advance(status, Now, Window));
        Assert.Equal(OrderStatuses.Accepted, order.Status);
    }

    [Fact]
    public void Accept_IsRejected_ForTheCustomer_ForASecondRunner_AndBeforePayment()
    {
        var pending = Pending();
        var own = Created();
        var taken = Accepted(Guid.NewGuid());

        Assert.Equal(Transition.Rejected, pending.Accept(Guid.NewGuid(), Now));
        Assert.Equal(Transition.Rejected, own.Accept(own.CustomerId, Now));
        Assert.Equal(Transition.Rejected, taken.Accept(Guid.NewGuid(), Now));
    }

    [Fact]
    public void CancelAcceptance_ReturnsTheOrderToCreated_WithANewWindow()
    {
        var runner = Guid.NewGuid();
        var order = Accepted(runner);

        Assert.Equal(Transition.Rejected, order.CancelAcceptance(Guid.NewGuid(), Now, Window));
        Assert.Equal(Transition.Applied, order.CancelAcceptance(runner, Now.AddMinutes(3), Window));

        Assert.Equal((OrderStatuses.Created, (Guid?)null), (order.Status, order.RunnerId));
        Assert.Equal(Now.AddMinutes(33), order.AcceptanceExpiresAt);
        Assert.Equal(OrderStatuses.Accepted, order.PreviousStatus);
    }

    [Fact]
    public void Cancel_FromPendingOrCreated_ThenOnlyRepeats()
    {
        var pending = Pending();
        var created = Created();

        Assert.Equal(Transition.Applied, pending.Cancel(CancellationReasons.PaymentFailed, Now));
        Assert.Equal(Transition.Applied, created.Cancel(CancellationReasons.Timeout, Now));
        Assert.Equal(Transition.AlreadyApplied, pending.Cancel(CancellationReasons.Timeout, Now));

        Assert.Equal((OrderStatuses.Cancelled, CancellationReasons.PaymentFailed), (pending.Status, pending.CancellationReason));
        Assert.Equal(OrderStatuses.Created, created.PreviousStatus);
        Assert.Equal(2, pending.Version);
    }

    [Fact]
    public void Cancel_AfterAcceptance_IsRejected()
    {
        var order = Accepted(Guid.NewGuid());

        Assert.Equal(Transition.Rejected, order.Cancel(CancellationReasons.Timeout, Now));
        Assert.Equal(Transition.Rejected, order.MarkCreated(Now, Window));
        Assert.Equal(Transition.Rejected, order.Complete(Now));
        Assert.Equal(OrderStatuses.Accepted, order.Status);
        Assert.Null(order.CancellationReason);
    }

    private static Order Pending() => Order.Place(Guid.NewGuid(), "noodles", 850, 200, "SCIS 1", Now);

    private static Order Created()
    {
        var order = Pending();
        order.MarkCreated(Now, Window);
        return order;
    }

    private static Order Accepted(Guid runner)
    {
        var order = Created();
        order.Accept(runner, Now);
        return order;
    }
}
