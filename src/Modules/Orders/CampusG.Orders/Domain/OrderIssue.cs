using CampusG.Orders.Contracts;

namespace CampusG.Orders.Domain;

/// <summary>
/// A customer's problem report about a delivered order, and the operator's decision on it. At most one report of an
/// order is OPEN at a time (a filtered unique index); <see cref="Version"/> lets exactly one of two racing resolves win.
/// </summary>
internal sealed class OrderIssue
{
    public const string Open = "OPEN";
    public const string Resolved = "RESOLVED";
    public const int MaxDetail = 1000;
    public const int MaxNote = 500;

    /// <summary>How long after completion a customer may still report a problem.</summary>
    public static readonly TimeSpan ReportWindow = TimeSpan.FromHours(48);

    public Guid Id { get; private init; }

    public Guid OrderId { get; private init; }

    public Guid CustomerId { get; private init; }

    /// <summary><see cref="IssueKinds"/>.</summary>
    public string Kind { get; private init; } = "";

    public string Detail { get; private init; } = "";

    public Guid? ProofId { get; private init; }

    public string Status { get; private set; } = Open;

    public DateTime CreatedAt { get; private init; }

    public long? RefundAmountMinor { get; private set; }

    /// <summary><see cref="ChargedParties"/>, once resolved.</summary>
    public string? ChargedTo { get; private set; }

    public string? Note { get; private set; }

    public DateTime? ResolvedAt { get; private set; }

    public int Version { get; private set; }

    /// <summary>True while the customer may report a problem: DELIVERED, or COMPLETED less than 48 hours ago.</summary>
    public static bool MayReport(Order order, DateTime now) => order.Status == OrderStatuses.Delivered
        || (order.Status == OrderStatuses.Completed && order.CompletedAt is { } completed && now <= completed + ReportWindow);

    public static OrderIssue Report(Order order, string kind, string detail, Guid? proofId, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(new DateTimeOffset(now, TimeSpan.Zero)),
        OrderId = order.Id,
        CustomerId = order.CustomerId,
        Kind = kind,
        Detail = detail,
        ProofId = proofId,
        CreatedAt = now,
    };

    public Transition Resolve(long refundAmountMinor, string chargedTo, string? note, DateTime now)
    {
        if (Status != Open)
        {
            return Transition.Rejected;
        }

        Status = Resolved;
        RefundAmountMinor = refundAmountMinor;
        ChargedTo = chargedTo;
        Note = note;
        ResolvedAt = now;
        Version++;
        return Transition.Applied;
    }
}
