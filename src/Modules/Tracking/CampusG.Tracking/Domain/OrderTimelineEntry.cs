namespace CampusG.Tracking.Domain;

/// <summary>A status an order has been in, and since when.</summary>
internal sealed class OrderTimelineEntry
{
    public long Id { get; private init; }

    public Guid OrderId { get; private init; }

    public string Status { get; private init; } = "";

    public DateTime At { get; private init; }

    public static OrderTimelineEntry Create(Guid orderId, string status, DateTime at) => new() { OrderId = orderId, Status = status, At = at };
}
