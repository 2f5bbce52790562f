using CampusG.Escrow.Contracts;
using CampusG.Orders.Contracts;
using CampusG.Payments.Contracts;
using CampusG.Tracking.Domain;

namespace CampusG.Tracking.Tests;

/// <summary>Feeds events to a view the way the projection handlers do, without a host.</summary>
internal static class Projection
{
    public static OrderView Replay(Guid orderId, params object[] events)
    {
        var view = OrderView.Start(orderId, TestOrder.T0.UtcDateTime);
        foreach (var e in events)
        {
            Apply(view, e);
        }

        return view;
    }

    public static bool Apply(OrderView view, object e) => e switch
    {
        OrderCreated x => view.Apply(x),
        OrderUpdated x => view.Apply(x),
        OrderCancelled x => view.Apply(x),
        PaymentAuthorized x => view.Apply(x),
        PaymentFailed x => view.Apply(x),
        PaymentReverted x => view.Apply(x),
        FundsHeld x => view.Apply(x),
        FundsHoldFailed x => view.Apply(x),
        FundsRefunded x => view.Apply(x),
        OrderAccepted x => view.Apply(x),
        OrderAcceptanceCancelled x => view.Apply(x),
        OrderStatusUpdated x => view.Apply(x),
        OrderCompleted x => view.Apply(x),
        PaymentCaptured x => view.Apply(x),
        HoldIncreased x => view.Apply(x),
        PaymentRefunded x => view.Apply(x),
        FundsReleased x => view.Apply(x),
        _ => throw new ArgumentException($"Not an event the view knows: {e}", nameof(e)),
    };
}
