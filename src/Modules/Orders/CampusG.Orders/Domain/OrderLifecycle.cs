using CampusG.Orders.Contracts;

namespace CampusG.Orders.Domain;

/// <summary>The order lifecycles (R-ORD-3, R-MENU in docs/requirements.md): which status follows which, per kind.</summary>
internal static class OrderLifecycle
{
    /// <summary>Every status of either kind (CANCELLED last).</summary>
    public static readonly IReadOnlyList<string> All =
    [
        OrderStatuses.PendingPayment, OrderStatuses.Created, OrderStatuses.Placed, OrderStatuses.Accepted, OrderStatuses.OnSite,
        OrderStatuses.Purchased, OrderStatuses.Collected, OrderStatuses.OnTheWay, OrderStatuses.RiderAssigned, OrderStatuses.PickedUp,
        OrderStatuses.Delivered, OrderStatuses.Completed, OrderStatuses.Cancelled,
    ];

    /// <summary>The statuses an errand's runner reports one after the other, each from the one before it.</summary>
    private static readonly IReadOnlyList<string> ErrandSteps =
    [
        OrderStatuses.Accepted, OrderStatuses.OnSite, OrderStatuses.Purchased,
        OrderStatuses.Collected, OrderStatuses.OnTheWay, OrderStatuses.Delivered,
    ];

    /// <summary>A menu order's rider reports: picked up at the restaurant, delivered.</summary>
    private static readonly IReadOnlyList<string> MenuSteps = [OrderStatuses.RiderAssigned, OrderStatuses.PickedUp, OrderStatuses.Delivered];

    public static bool IsStatus(string? status) => status is not null && All.Contains(status, StringComparer.Ordinal);

    /// <summary>True when <paramref name="next"/> is the runner's next report after <paramref name="current"/>.</summary>
    public static bool IsNextRunnerStep(string kind, string current, string next)
    {
        var steps = StepsOf(kind);
        var index = IndexOf(steps, current);
        return index >= 0 && index + 1 < steps.Count && steps[index + 1] == next;
    }

    /// <summary>True for a status a runner reports (errand: ON_SITE … DELIVERED; menu order: PICKED_UP, DELIVERED).</summary>
    public static bool IsRunnerReport(string kind, string status) => IndexOf(StepsOf(kind), status) > 0;

    /// <summary>Nobody is bound to deliver it yet: an errand before a runner took it, a menu order before a rider did.</summary>
    public static bool IsCancellable(string kind, string status) => kind == OrderKinds.Menu
        ? status is OrderStatuses.PendingPayment or OrderStatuses.Placed or OrderStatuses.Accepted
        : status is OrderStatuses.PendingPayment or OrderStatuses.Created;

    /// <summary>What the customer may cancel: an errand nobody took, a menu order its restaurant has not accepted.</summary>
    public static bool IsCancellableByCustomer(string kind, string status) =>
        status is OrderStatuses.PendingPayment or OrderStatuses.Created or OrderStatuses.Placed && IsCancellable(kind, status);

    /// <summary>What an operator may cancel: anything not yet delivered (nor already cancelled).</summary>
    public static bool IsCancellableByOperator(string status) =>
        status is not (OrderStatuses.Delivered or OrderStatuses.Completed or OrderStatuses.Cancelled);

    /// <summary>An errand its runner took but has not bought yet: its delivery deadline cancels it (DELIVERY_TIMEOUT).</summary>
    public static bool IsBeforePurchase(string kind, string status) =>
        kind == OrderKinds.Errand && status is OrderStatuses.Accepted or OrderStatuses.OnSite;

    /// <summary>An errand bought and on its way to the customer: its delivery deadline only flags it overdue.</summary>
    public static bool IsUnderWay(string kind, string status) =>
        kind == OrderKinds.Errand && status is OrderStatuses.Purchased or OrderStatuses.Collected or OrderStatuses.OnTheWay;

    private static IReadOnlyList<string> StepsOf(string kind) => kind == OrderKinds.Menu ? MenuSteps : ErrandSteps;

    private static int IndexOf(IReadOnlyList<string> statuses, string status)
    {
        for (var i = 0; i < statuses.Count; i++)
        {
            if (statuses[i] == status)
            {
                return i;
            }
        }

        return -1;
    }
}
