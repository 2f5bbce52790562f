using CampusG.Orders.Domain;
using CampusG.ServiceDefaults.Errors;

namespace CampusG.Orders.Features;

/// <summary>The error codes of problem reports, refunds and the operator's and customer's money changes (docs/api.md).</summary>
internal static class IssueErrors
{
    public const string OrderNotDelivered = "ORDER_NOT_DELIVERED";
    public const string IssueAlreadyOpen = "ISSUE_ALREADY_OPEN";
    public const string IssueNotFound = "ISSUE_NOT_FOUND";
    public const string IssueAlreadyResolved = "ISSUE_ALREADY_RESOLVED";
    public const string RefundExceedsPaid = "REFUND_EXCEEDS_PAID";
    public const string PriceAboveAgreed = "PRICE_ABOVE_AGREED";

    public static ApiException NotDelivered(Order order) => ApiErrors.Conflict(
        OrderNotDelivered, $"The order is {order.Status}; problems can be reported from DELIVERED until 48 hours after completion.");

    public static ApiException AlreadyOpen(Guid orderId) =>
        ApiErrors.Conflict(IssueAlreadyOpen, $"Order {orderId} already has an open problem report.");

    public static ApiException NotFound(Guid issueId) => ApiErrors.NotFound(IssueNotFound, $"No problem report {issueId} exists.");

    public static ApiException AlreadyResolved(Guid issueId) =>
        ApiErrors.Conflict(IssueAlreadyResolved, $"Problem report {issueId} is already resolved.");
}
