using CampusG.Orders.Domain;

namespace CampusG.Orders.Features;

/// <summary>The order JSON of docs/api.md.</summary>
internal sealed record OrderResponse(
    Guid OrderId,
    Guid CustomerId,
    Guid? RunnerId,
    string Status,
    string Description,
    decimal FoodFee,
    decimal DeliveryFee,
    string DeliveryLocation,
    string? CancellationReason,
    DateTime? AcceptanceExpiresAt,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? CompletedAt,
    IReadOnlyList<TimelineEntry> Timeline)
{
    public static OrderResponse From(Order order) => new(
        order.Id,
        order.CustomerId,
        order.RunnerId,
        order.Status,
        order.Description,
        ApiValues.Money(order.FoodFeeMinor),
        ApiValues.Money(order.DeliveryFeeMinor),
        order.DeliveryLocation,
        order.CancellationReason,
        ApiValues.Utc(order.AcceptanceExpiresAt),
        ApiValues.Utc(order.CreatedAt),
        ApiValues.Utc(order.UpdatedAt),
        ApiValues.Utc(order.CompletedAt),
        [.. order.Timeline.Select(c => new TimelineEntry(c.Status, ApiValues.Utc(c.At)))]);
}

internal sealed record TimelineEntry(string Status, DateTime At);

/// <summary>How stored values are spoken on the API.</summary>
internal static class ApiValues
{
    /// <summary>Minor units as a decimal with exactly two places (850 → 8.50), so JSON shows <c>8.50</c>.</summary>
    public static decimal Money(long minor) => minor * 0.01m;

    /// <summary>SQLite gives back unspecified kinds; every stored time is UTC, and JSON says so (<c>Z</c>).</summary>
    public static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);

    public static DateTime? Utc(DateTime? value) => value is { } v ? Utc(v) : null;

    public static DateTimeOffset Offset(DateTime value) => new(Utc(value));

    public static DateTimeOffset? Offset(DateTime? value) => value is { } v ? Offset(v) : null;
}
