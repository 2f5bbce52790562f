namespace CampusG.Orders.Domain;

/// <summary>
/// A create request remembered by (user, <c>Idempotency-Key</c>): the same key with the same body replays
/// the original response; with another body it is refused.
/// </summary>
internal sealed class IdempotencyRecord
{
    public Guid UserId { get; private init; }

    public string Key { get; private init; } = "";

    /// <summary>Hex SHA-256 of the canonical request.</summary>
    public string RequestHash { get; private init; } = "";

    public Guid OrderId { get; private init; }

    public int StatusCode { get; private init; }

    public DateTime CreatedAt { get; private init; }

    public static IdempotencyRecord For(Guid userId, string key, string requestHash, Guid orderId, int statusCode, DateTime now) => new()
    {
        UserId = userId, Key = key, RequestHash = requestHash, OrderId = orderId, StatusCode = statusCode, CreatedAt = now,
    };
}
