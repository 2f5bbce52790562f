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
    IReadOnlyList<TimelineEntry> Timeline,
    string Kind,
    Guid? RestaurantId = null,
    IReadOnlyList<OrderLineResponse>? Items = null,
    string? SpecialInstructions = null,
    DeliveryAddressJson? DeliveryAddress = null,
    DateTime? EstimatedReadyTime = null,
    DateTime? ReadyAt = null,
    DateTime? Eta = null,
    PickupJson? Pickup = null,
    decimal? ActualFoodFee = null,
    bool Overdue = false)
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
        [.. order.Timeline.Select(c => new TimelineEntry(c.Status, ApiValues.Utc(c.At)))],
        order.Kind,
        order.RestaurantId,
        order.IsMenu ? [.. order.Lines.Select(OrderLineResponse.From)] : null,
        order.SpecialInstructions,
        DeliveryAddressJson.From(order.DeliveryAddress),
        ApiValues.Utc(order.EstimatedReadyTime),
        ApiValues.Utc(order.ReadyAt),
        ApiValues.Utc(order.Eta),
        order.IsMenu ? new PickupJson(order.RestaurantId!.Value, order.RestaurantName ?? "", order.PickupLocation ?? "") : null,
        order.ActualFoodFeeMinor is { } actual ? ApiValues.Money(actual) : null,
        order.IsOverdue);
}

/// <summary>Where a menu order is picked up: its restaurant.</summary>
internal sealed record PickupJson(Guid RestaurantId, string Name, string Location);

internal sealed record OrderLineResponse(Guid ItemId, string Name, decimal UnitPrice, int Quantity, decimal LineTotal)
{
    public static OrderLineResponse From(OrderItemLine line) =>
        new(line.ItemId, line.Name, ApiValues.Money(line.UnitPriceMinor), line.Quantity, ApiValues.Money(line.LineTotalMinor));
}

/// <summary>A delivery address as the API reads and writes it.</summary>
internal sealed record DeliveryAddressJson(string? Street, string? City, string? State, string? ZipCode)
{
    public static DeliveryAddressJson? From(DeliveryAddress? address) =>
        address is null ? null : new(address.Street, address.City, address.State, address.ZipCode);
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
