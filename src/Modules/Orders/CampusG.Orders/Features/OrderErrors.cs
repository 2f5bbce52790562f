using CampusG.ServiceDefaults.Errors;

namespace CampusG.Orders.Features;

/// <summary>The Orders module's error codes (API.md).</summary>
internal static class OrderErrors
{
    public const string OrderNotFound = "ORDER_NOT_FOUND";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";

    /// <summary>Also for an order that exists but is not the caller's: existence is not leaked.</summary>
    public static ApiException NotFound(Guid orderId) =>
        ApiErrors.NotFound(OrderNotFound, $"No order {orderId} exists for you.");

    public static ApiException KeyReused() => ApiErrors.Unprocessable(
        IdempotencyKeyReused, "Idempotency-Key: this key was already used with a different request body.");
}
