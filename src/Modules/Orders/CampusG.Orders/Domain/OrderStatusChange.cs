namespace CampusG.Orders.Domain;

/// <summary>One entry of an order's timeline: the order entered <see cref="Status"/> at <see cref="At"/>.</summary>
internal sealed class OrderStatusChange
{
    public long Id { get; private init; }

    public Guid OrderId { get; private init; }

    public string Status { get; private init; } = "";

    public DateTime At { get; private init; }

    public static OrderStatusChange Of(Guid orderId, string status, DateTime at) => new() { OrderId = orderId, Status = status, At = at };
}
