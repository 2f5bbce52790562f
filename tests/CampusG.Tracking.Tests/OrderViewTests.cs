using CampusG.Orders.Contracts;
using CampusG.Tracking.Domain;

namespace CampusG.Tracking.Tests;

/// <summary>The order status side of the read model: forwards only, whatever order the events come in.</summary>
public sealed class OrderViewTests
{
    private readonly TestOrder _order = TestOrder.New();

    [Fact]
    public void Create_FillsTheCustomerAndAmount_AndStartsPendingPayment()
    {
        var view = Apply(_order.Created());

        Assert.Equal(_order.CustomerId, view.CustomerId);
        Assert.Equal(1050L, view.AmountMinor);
        Assert.Equal(OrderStatuses.PendingPayment, view.Status);
        Assert.Null(view.RunnerId);
        Assert.Equal([OrderStatuses.PendingPayment], Timeline(view));
    }

    [Fact]
    public void Update_MovesForwards_AndKeepsTheTimeline()
    {
        var runnerId = Guid.NewGuid();
        var view = Apply(_order.Created(), _order.MarkedCreated(), _order.Accepted(runnerId));

        Assert.Equal(OrderStatuses.Accepted, view.Status);
        Assert.Equal(runnerId, view.RunnerId);
        Assert.Equal([OrderStatuses.PendingPayment, OrderStatuses.Created, OrderStatuses.Accepted], Timeline(view));
    }

    [Fact]
    public void Update_ThatIsLateOrRepeated_ChangesNothing()
    {
        var view = Apply(_order.Created(), _order.MarkedCreated(), _order.Accepted(Guid.NewGuid()));

        Assert.False(view.Apply(_order.MarkedCreated()));
        Assert.False(view.Apply(_order.Accepted(view.RunnerId!.Value)));
        Assert.Equal(OrderStatuses.Accepted, view.Status);
        Assert.Equal(3, view.Timeline.Count);
    }

    [Fact]
    public void RunnerGivingTheOrderBack_ReturnsItToCreated_AndAnOldAcceptanceCannotComeBack()
    {
        var runnerId = Guid.NewGuid();
        var view = Apply(_order.Created(), _order.MarkedCreated(), _order.Accepted(runnerId), _order.GivenBack());

        Assert.False(Apply(view, _order.Accepted(runnerId)));
        Assert.Equal(OrderStatuses.Created, view.Status);
        Assert.Null(view.RunnerId);
        Assert.Equal(TestOrder.At(35).UtcDateTime, view.AcceptanceExpiresAt);
    }

    [Fact]
    public void Cancel_IsFinal()
    {
        var view = Apply(_order.Created(), _order.MarkedCreated(), _order.Cancelled(CancellationReasons.Timeout));

        Assert.False(Apply(view, _order.Accepted(Guid.NewGuid(), minute: 9)));
        Assert.False(Apply(view, _order.Cancelled(CancellationReasons.CustomerCancelled, minute: 10)));
        Assert.Equal(OrderStatuses.Cancelled, view.Status);
        Assert.Equal(CancellationReasons.Timeout, view.CancellationReason);
        Assert.Equal(OrderStatuses.Cancelled, Timeline(view)[^1]);
    }

    [Fact]
    public void OrderCreated_ArrivingAfterALaterStatus_FillsTheCustomerButKeepsTheStatus()
    {
        var view = OrderView.Start(_order.OrderId, TestOrder.T0.UtcDateTime);
        Apply(view, _order.MarkedCreated());

        Assert.False(Apply(view, _order.Created()));
        Assert.Equal(OrderStatuses.Created, view.Status);
        Assert.Equal(1050L, view.AmountMinor);
        Assert.Equal([OrderStatuses.PendingPayment, OrderStatuses.Created], Timeline(view));
    }

    [Fact]
    public void IsVisibleTo_OnlyTheCustomerAndTheRunner()
    {
        var runnerId = Guid.NewGuid();
        var view = Apply(_order.Created(), _order.MarkedCreated(), _order.Accepted(runnerId));

        Assert.True(view.IsVisibleTo(_order.CustomerId));
        Assert.True(view.IsVisibleTo(runnerId));
        Assert.False(view.IsVisibleTo(Guid.NewGuid()));
        Assert.False(OrderView.Start(_order.OrderId, TestOrder.T0.UtcDateTime).IsVisibleTo(Guid.Empty));
    }

    internal static List<string> Timeline(OrderView view) => [.. view.Timeline.OrderBy(e => e.At).Select(e => e.Status)];

    private OrderView Apply(params object[] events) => Projection.Replay(_order.OrderId, events);

    private static bool Apply(OrderView view, object e) => Projection.Apply(view, e);
}
