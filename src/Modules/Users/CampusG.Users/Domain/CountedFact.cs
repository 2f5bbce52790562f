namespace CampusG.Users.Domain;

/// <summary>
/// An order fact already counted into a user's ratings. Its key is unique, so an event re-sent
/// with a new message id (which the inbox cannot recognise) is not counted twice.
/// </summary>
internal sealed class CountedFact
{
    public Guid OrderId { get; private init; }

    /// <summary>One of <see cref="CountedFactKinds"/>.</summary>
    public string Kind { get; private init; } = "";

    /// <summary>Tells facts of one kind on one order apart (a review id, an acceptance round); empty when there is one per order.</summary>
    public string Key { get; private init; } = "";

    public Guid UserId { get; private init; }

    public DateTime CountedAt { get; private init; }

    public static CountedFact Of(Guid orderId, string kind, string key, Guid userId, DateTime now) =>
        new() { OrderId = orderId, Kind = kind, Key = key, UserId = userId, CountedAt = now };
}

internal static class CountedFactKinds
{
    public const string OrderPlaced = "order-placed";
    public const string CustomerCancellation = "customer-cancellation";
    public const string Acceptance = "acceptance";
    public const string AcceptanceCancellation = "acceptance-cancellation";
    public const string Review = "review";
}
