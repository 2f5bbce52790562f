namespace CampusG.Orders.Contracts;

/// <summary>The order statuses of docs/api.md, as they appear on the wire.</summary>
public static class OrderStatuses
{
    public const string PendingPayment = "PENDING_PAYMENT";
    public const string Created = "CREATED";
    public const string Accepted = "ACCEPTED";
    public const string OnSite = "ON_SITE";
    public const string Purchased = "PURCHASED";
    public const string Collected = "COLLECTED";
    public const string OnTheWay = "ON_THE_WAY";
    public const string Delivered = "DELIVERED";
    public const string Completed = "COMPLETED";
    public const string Cancelled = "CANCELLED";

    /// <summary>Not an order status: what <see cref="OrderCancelRejected"/> reports for an order Orders does not have.</summary>
    public const string NotFound = "NOT_FOUND";
}

public static class CancellationReasons
{
    public const string PaymentMethodMissing = "PAYMENT_METHOD_MISSING";
    public const string PaymentFailed = "PAYMENT_FAILED";
    public const string EscrowFailed = "ESCROW_FAILED";
    public const string CreationFailed = "CREATION_FAILED";
    public const string Timeout = "TIMEOUT";
    public const string CustomerCancelled = "CUSTOMER_CANCELLED";
}
