using CampusG.Messaging;
using CampusG.Orders.Contracts;
using CampusG.Orders.Domain;

namespace CampusG.Orders.Features;

/// <summary>The events that describe an order's current state; a repeated command gets the same ones again.</summary>
internal static class OrderMessages
{
    public static OrderUpdated Updated(Order order) => new(
        order.Id,
        order.CustomerId,
        order.RunnerId,
        order.Status,
        order.PreviousStatus ?? order.Status,
        ApiValues.Offset(order.AcceptanceExpiresAt),
        ApiValues.Offset(order.UpdatedAt));

    public static OrderCancelled Cancelled(Order order) => new(
        order.Id,
        order.CustomerId,
        order.CancellationReason ?? "",
        order.PreviousStatus ?? order.Status,
        ApiValues.Offset(order.UpdatedAt),
        order.Kind);

    public static OrderCreated Created(Order order) => new(
        order.Id,
        order.CustomerId,
        order.Description,
        Money.FromMinor(order.FoodFeeMinor),
        Money.FromMinor(order.DeliveryFeeMinor),
        order.DeliveryLocation,
        ApiValues.Offset(order.CreatedAt),
        order.Kind,
        order.RestaurantId,
        order.RestaurantOwnerId,
        order.IsMenu ? [.. order.Lines.Select(l => new OrderLine(l.ItemId, l.Name, Money.FromMinor(l.UnitPriceMinor), l.Quantity))] : null);

    public static OrderAccepted Accepted(Order order) =>
        new(order.Id, order.CustomerId, order.RunnerId!.Value, ApiValues.Offset(order.UpdatedAt), order.Kind);

    public static OrderRestaurantAccepted RestaurantAccepted(Order order, RestaurantCopy restaurant) => new(
        order.Id, order.CustomerId, order.RestaurantId!.Value, ApiValues.Offset(order.EstimatedReadyTime!.Value),
        ApiValues.Offset(order.AcceptanceExpiresAt!.Value), ApiValues.Offset(order.UpdatedAt), ApiValues.Offset(order.Eta),
        new PickupPoint(restaurant.Id, order.RestaurantName ?? restaurant.Name, order.PickupLocation ?? restaurant.Location, restaurant.Lat, restaurant.Lng));

    public static OrderReady Ready(Order order) => new(order.Id, order.CustomerId, order.RunnerId, ApiValues.Offset(order.ReadyAt!.Value));

    public static OrderDelivered Delivered(Order order) => new(
        order.Id, order.CustomerId, order.RunnerId!.Value, order.Kind, order.RestaurantOwnerId,
        Money.FromMinor(order.FoodFeeMinor), Money.FromMinor(order.DeliveryFeeMinor), ApiValues.Offset(order.UpdatedAt),
        order.ActualFoodFeeMinor is { } actual ? Money.FromMinor(actual) : null);
}
