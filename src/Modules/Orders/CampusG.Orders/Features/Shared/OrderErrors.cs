using CampusG.ServiceDefaults.Errors;

namespace CampusG.Orders.Features;

/// <summary>The Orders module's error codes (docs/api.md).</summary>
internal static class OrderErrors
{
    public const string OrderNotFound = "ORDER_NOT_FOUND";
    public const string IdempotencyKeyReused = "IDEMPOTENCY_KEY_REUSED";
    public const string AlreadyAccepted = "ORDER_ALREADY_ACCEPTED";
    public const string NotAvailable = "ORDER_NOT_AVAILABLE";
    public const string CannotAcceptOwnOrder = "CANNOT_ACCEPT_OWN_ORDER";
    public const string InvalidStatusTransition = "INVALID_STATUS_TRANSITION";
    public const string ProofRequired = "PROOF_REQUIRED";
    public const string NotCancellable = "ORDER_NOT_CANCELLABLE";
    public const string NotRetryable = "ORDER_NOT_RETRYABLE";
    public const string NotCompleted = "ORDER_NOT_COMPLETED";
    public const string AlreadyReviewed = "ALREADY_REVIEWED";
    public const string RestaurantNotFound = "RESTAURANT_NOT_FOUND";
    public const string NotRestaurantOwner = "NOT_RESTAURANT_OWNER";
    public const string RestaurantClosed = "RESTAURANT_CLOSED";
    public const string ItemUnavailable = "ITEM_UNAVAILABLE";
    public const string InvalidAddress = "INVALID_ADDRESS";
    public const string RestaurantAlreadyAccepted = "ALREADY_ACCEPTED";
    public const string RestaurantAlreadyRejected = "ALREADY_REJECTED";

    /// <summary>Also for an order that exists but is not the caller's: existence is not leaked.</summary>
    public static ApiException NotFound(Guid orderId) =>
        ApiErrors.NotFound(OrderNotFound, $"No order {orderId} exists for you.");

    public static ApiException KeyReused() => ApiErrors.Unprocessable(
        IdempotencyKeyReused, "Idempotency-Key: this key was already used with a different request body.");

    public static ApiException Conflict(string code, string detail) => ApiErrors.Conflict(code, detail);

    public static ApiException InvalidTransition(string from, string to) =>
        ApiErrors.Conflict(InvalidStatusTransition, $"The order is {from}; it cannot move to {to}.");
}
