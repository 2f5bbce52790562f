namespace CampusG.Orders;

/// <summary>Configuration section <c>Orders</c>.</summary>
internal sealed class OrdersOptions
{
    public const string SectionName = "Orders";

    /// <summary>How long a <c>CREATED</c> order waits for a runner (<c>Orders:AcceptanceWindow</c>).</summary>
    public TimeSpan AcceptanceWindow { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Idempotency keys older than this are deleted (the API promises at least 24 hours).</summary>
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(48);
}
