using System.Globalization;
using CampusG.Restaurants.Domain;
using CampusG.ServiceDefaults.Errors;

namespace CampusG.Restaurants.Features;

/// <summary>The validated query of <c>GET /v1/restaurants</c>: <see cref="Search"/> is the lower-cased <c>q</c> (null: all).</summary>
internal sealed record RestaurantListQuery(string? Search, int Limit, RestaurantCursor? After)
{
    public const int DefaultLimit = 20;
    public const int MaxLimit = 100;

    /// <summary>Parses the raw query values; every bad one is a VALIDATION_FAILED entry.</summary>
    public static RestaurantListQuery Parse(string? q, string? limit, string? cursor)
    {
        var failures = new List<(string Field, string Detail)>();
        if (q?.Length > FieldChecks.MaxName)
        {
            failures.Add(("q", $"must be at most {FieldChecks.MaxName} characters (got {q.Length})."));
        }
        else if (q is not null && !FieldChecks.IsPlainText(q))
        {
            failures.Add(("q", "must not contain control characters (only tab and line breaks are allowed)."));
        }

        var size = DefaultLimit;
        if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
        {
            failures.Add(("limit", $"must be a whole number from 1 to {MaxLimit}."));
        }

        var decoded = cursor is null ? null : RestaurantCursor.TryDecode(cursor);
        var after = decoded is not null && FieldChecks.IsPlainText(decoded.NameKey) ? decoded : null;
        if (cursor is not null && after is null)
        {
            failures.Add(("cursor", "is not a cursor this API returned."));
        }

        var search = string.IsNullOrWhiteSpace(q) ? null : Restaurant.KeyOf(q.Trim());
        return failures.Count > 0 ? throw ApiErrors.Validation([.. failures]) : new RestaurantListQuery(search, size, after);
    }
}
