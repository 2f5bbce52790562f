namespace CampusG.Orders.Domain;

/// <summary>One side's rating of the other after completion; (OrderId, ReviewerId) is unique.</summary>
internal sealed class Review
{
    public const string RunnerRole = "runner";
    public const string CustomerRole = "customer";

    public Guid Id { get; private init; }

    public Guid OrderId { get; private init; }

    public Guid ReviewerId { get; private init; }

    public Guid RevieweeId { get; private init; }

    /// <summary><see cref="RunnerRole"/> when the customer rates the runner, else <see cref="CustomerRole"/>.</summary>
    public string RevieweeRole { get; private init; } = "";

    public int Rating { get; private init; }

    public string? Comment { get; private init; }

    public DateTime CreatedAt { get; private init; }

    /// <summary>The review of <paramref name="order"/> by <paramref name="reviewerId"/>, who must be its customer or runner.</summary>
    public static Review Of(Order order, Guid reviewerId, int rating, string? comment, DateTime now)
    {
        var byCustomer = reviewerId == order.CustomerId;
        return new Review
        {
            Id = Guid.CreateVersion7(new DateTimeOffset(now, TimeSpan.Zero)),
            OrderId = order.Id,
            ReviewerId = reviewerId,
            RevieweeId = byCustomer ? order.RunnerId ?? Guid.Empty : order.CustomerId,
            RevieweeRole = byCustomer ? RunnerRole : CustomerRole,
            Rating = rating,
            Comment = comment,
            CreatedAt = now,
        };
    }
}
