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
        ApiValues.Offset(order.UpdatedAt));
}
