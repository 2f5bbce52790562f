namespace CampusG.Orders.Contracts;

/// <summary>The order statuses of docs/api.md, as they appear on the wire.</summary>
public static class OrderStatuses
{
    public const string PendingPayment = "PENDING_PAYMENT";
    public const string Created = "CREATED";

    /// <summary>A menu order is paid and held and waits for its restaurant's decision.</summary>
    public const string Placed = "PLACED";

    /// <summary>An errand: a runner took it. A menu order: the restaurant accepted it and it waits for a rider.</summary>
    public const string Accepted = "ACCEPTED";
    public const string RiderAssigned = "RIDER_ASSIGNED";
    public const string PickedUp = "PICKED_UP";
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
    public const string OutOfStock = "OUT_OF_STOCK";
    public const string RestaurantRejected = "RESTAURANT_REJECTED";
    public const string RestaurantTimeout = "RESTAURANT_TIMEOUT";
    public const string NoRider = "NO_RIDER";

    /// <summary>An operator cancelled the order (any status before DELIVERED); everything held is given back.</summary>
    public const string OperatorCancelled = "OPERATOR_CANCELLED";

    /// <summary>An errand's runner had not reported PURCHASED when its delivery deadline (<c>Orders:DeliveryWindow</c> after acceptance) passed.</summary>
    public const string DeliveryTimeout = "DELIVERY_TIMEOUT";
}

/// <summary>
/// The correlation ids of an order's side flows (a problem report's refund, a fee boost): under the order's own id, so the
/// order's event log shows their messages, and one saga instance per report or boost.
/// </summary>
public static class OrderCorrelation
{
    public static string Issue(Guid orderId, Guid issueId) => $"{orderId}:issue:{issueId}";

    public static string Boost(Guid orderId, Guid boostId) => $"{orderId}:boost:{boostId}";
}

/// <summary>What a customer may report about a delivered order.</summary>
public static class IssueKinds
{
    public const string MissingItem = "MISSING_ITEM";
    public const string WrongItem = "WRONG_ITEM";
    public const string NotDelivered = "NOT_DELIVERED";
    public const string Damaged = "DAMAGED";
    public const string Other = "OTHER";

    public static IReadOnlyList<string> All { get; } = [MissingItem, WrongItem, NotDelivered, Damaged, Other];
}

/// <summary>Who bears a refund an operator grants on a problem report.</summary>
public static class ChargedParties
{
    public const string Runner = "RUNNER";
    public const string Restaurant = "RESTAURANT";
    public const string Platform = "PLATFORM";

    public static IReadOnlyList<string> All { get; } = [Runner, Restaurant, Platform];
}

/// <summary>A free-text errand or an order from a restaurant's menu.</summary>
public static class OrderKinds
{
    public const string Errand = "ERRAND";
    public const string Menu = "MENU";

    /// <summary>The status in which an order of <paramref name="kind"/> waits for a runner (a menu order: after the restaurant accepted).</summary>
    public static string OpenToRunners(string kind) => kind == Menu ? OrderStatuses.Accepted : OrderStatuses.Created;

    /// <summary>The status a runner's accept moves an order of <paramref name="kind"/> to.</summary>
    public static string TakenByRunner(string kind) => kind == Menu ? OrderStatuses.RiderAssigned : OrderStatuses.Accepted;
}

/// <summary>One line of a menu order: the item, its name and price at the time of ordering, and the quantity.</summary>
public sealed record OrderLine(Guid ItemId, string Name, decimal UnitPrice, int Quantity);
