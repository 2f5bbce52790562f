using System.Globalization;
using CampusG.Orders.Domain;
using CampusG.ServiceDefaults.Errors;

namespace CampusG.Orders.Features;

/// <summary>The validated query of <c>GET /v1/orders</c>.</summary>
internal sealed record OrderListQuery(bool AsRunner, string? Status, int Limit, OrderCursor? After)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>Parses the raw query values; every bad one is a VALIDATION_FAILED entry.</summary>
    public static OrderListQuery Parse(string? role, string? status, string? limit, string? cursor)
    {
        var failures = new List<(string Field, string Detail)>();
        var asRunner = role switch
        {
            null or "customer" => false,
            "runner" => true,
            _ => Fail(failures, "role", "must be customer or runner.", false),
        };
        if (status is not null && !OrderLifecycle.IsStatus(status))
        {
            failures.Add(("status", $"must be one of {string.Join(", ", OrderLifecycle.All)}."));
        }

        var size = ParseLimit(limit, failures);

        var after = cursor is null ? null : OrderCursor.TryDecode(cursor);
        if (cursor is not null && after is null)
        {
            failures.Add(("cursor", "is not a cursor this API returned."));
        }

        return failures.Count > 0 ? throw ApiErrors.Validation([.. failures]) : new OrderListQuery(asRunner, status, size, after);
    }

    /// <summary>The page size (default <see cref="DefaultLimit"/>); a bad one adds a <c>limit</c> entry.</summary>
    public static int ParseLimit(string? limit, List<(string Field, string Detail)> failures)
    {
        var size = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            failures.Add(("limit", $"must be a whole number from 1 to {MaxLimit}."));
        }

        return size;
    }

    private static T Fail<T>(List<(string, string)> failures, string field, string detail, T fallback)
    {
        failures.Add((field, detail));
        return fallback;
    }
}
