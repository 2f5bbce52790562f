using CampusG.Orders.Contracts;

namespace CampusG.Orders.Domain;

/// <summary>The order lifecycle (R-ORD-3 in docs/requirements.md): which status follows which.</summary>
internal static class OrderLifecycle
{
    /// <summary>Every status, in lifecycle order (CANCELLED last).</summary>
    public static readonly IReadOnlyList<string> All =
    [
        OrderStatuses.PendingPayment, OrderStatuses.Created, OrderStatuses.Accepted, OrderStatuses.OnSite,
        OrderStatuses.Purchased, OrderStatuses.Collected, OrderStatuses.OnTheWay, OrderStatuses.Delivered,
        OrderStatuses.Completed, OrderStatuses.Cancelled,
    ];

    /// <summary>The statuses a runner reports one after the other, each from the one before it.</summary>
    private static readonly IReadOnlyList<string> RunnerSteps =
    [
        OrderStatuses.Accepted, OrderStatuses.OnSite, OrderStatuses.Purchased,
        OrderStatuses.Collected, OrderStatuses.OnTheWay, OrderStatuses.Delivered,
    ];

    public static bool IsStatus(string? status) => status is not null && All.Contains(status, StringComparer.Ordinal);

    /// <summary>True when <paramref name="next"/> is the runner's next report after <paramref name="current"/>.</summary>
    public static bool IsNextRunnerStep(string current, string next)
    {
        var index = IndexOf(RunnerSteps, current);
        return index >= 0 && index + 1 < RunnerSteps.Count && RunnerSteps[index + 1] == next;
    }

    /// <summary>True for a status a runner reports (ON_SITE … DELIVERED).</summary>
    public static bool IsRunnerReport(string status) => IndexOf(RunnerSteps, status) > 0;

    /// <summary>Only an order nobody has taken yet can be cancelled.</summary>
    public static bool IsCancellable(string status) => status is OrderStatuses.PendingPayment or OrderStatuses.Created;

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
