using System.Diagnostics.Metrics;

namespace CampusG.Orders.Features;

/// <summary>
/// Orders' business metrics, exported at <c>/metrics</c>: <c>campusg_orders_overdue_total</c>, errands flagged overdue
/// (their delivery deadline passed after PURCHASED). Counted when the flag is set; a flag whose transaction lost a race
/// and was retried may count twice.
/// </summary>
internal sealed class OrdersMetrics : IDisposable
{
    public const string Name = "CampusG.Orders";

    private readonly Meter _meter;
    private readonly Counter<long> _overdue;

    public OrdersMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        _meter = meters.Create(Name);
        _overdue = _meter.CreateCounter<long>("campusg.orders.overdue", "{order}", "Errands flagged overdue: the delivery deadline passed after PURCHASED");
    }

    public void Overdue() => _overdue.Add(1);

    public void Dispose() => _meter.Dispose();
}
