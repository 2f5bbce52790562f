using CampusG.Orders.Domain;

namespace CampusG.Orders.Features;

/// <summary>The problem report JSON of docs/api.md; the resolution fields are null while it is OPEN.</summary>
internal sealed record IssueResponse(
    Guid IssueId,
    Guid OrderId,
    string Kind,
    string Detail,
    Guid? ProofId,
    string Status,
    DateTime CreatedAt,
    decimal? RefundAmount,
    string? ChargedTo,
    string? Note,
    DateTime? ResolvedAt)
{
    public static IssueResponse From(OrderIssue issue) => new(
        issue.Id,
        issue.OrderId,
        issue.Kind,
        issue.Detail,
        issue.ProofId,
        issue.Status,
        ApiValues.Utc(issue.CreatedAt),
        issue.RefundAmountMinor is { } refund ? ApiValues.Money(refund) : null,
        issue.ChargedTo,
        issue.Note,
        ApiValues.Utc(issue.ResolvedAt));
}

/// <summary>A list of problem reports: <c>{items:[issue…]}</c>.</summary>
internal sealed record IssueList(IReadOnlyList<IssueResponse> Items);
