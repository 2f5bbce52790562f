using CampusG.Messaging;
using CampusG.Restaurants.Contracts;
using CampusG.ServiceDefaults.Errors;

namespace CampusG.Restaurants.Features;

/// <summary>
/// The body rules of docs/api.md for restaurants and items, one <c>VALIDATION_FAILED</c> entry per bad field. Texts
/// are trimmed; what the checks return is what is stored.
/// </summary>
internal sealed class FieldChecks
{
    public const int MaxName = 100;
    public const int MaxDescription = 500;
    public const int MaxLocation = 255;
    public const decimal MinPrice = 0.01m;
    public const decimal MaxPrice = 999.99m;
    public const int MaxStock = 100_000;

    private readonly List<(string Field, string Detail)> _failures = [];

    /// <summary>A text that must be there: 1 to <paramref name="max"/> characters, not blank.</summary>
    public string? Required(string field, string? value, int max)
    {
        var text = value?.Trim();
        var detail = text switch
        {
            null => "is required.",
            "" => $"must be 1-{max} characters and not blank.",
            { Length: var length } when length > max => $"must be 1-{max} characters (got {length}).",
            _ => null,
        };
        return Check(field, detail) ? text : null;
    }

    /// <summary>A text that may be left out; null or blank is stored as null.</summary>
    public string? Optional(string field, string? value, int max)
    {
        var text = value?.Trim();
        var ok = Check(field, text?.Length > max ? $"must be at most {max} characters (got {text.Length})." : null);
        return ok && !string.IsNullOrEmpty(text) ? text : null;
    }

    /// <summary>A price in minor units: 0.01-999.99 with at most two decimals.</summary>
    public long? Price(string field, decimal? value)
    {
        var detail = value switch
        {
            null => "is required.",
            < MinPrice or > MaxPrice => $"must be between {MinPrice:0.00} and {MaxPrice:0.00}.",
            { } price when !Money.HasAtMostTwoDecimals(price) => "must have at most 2 decimal places.",
            _ => null,
        };
        return Check(field, detail) ? Money.ToMinor(value!.Value) : null;
    }

    /// <summary>A stock count, 0 to 100000; null (left out) means not counted.</summary>
    public int? Stock(string field, long? value) =>
        Check(field, value is < 0 or > MaxStock ? $"must be a whole number from 0 to {MaxStock}." : null)
            ? (int?)value : null;

    /// <summary>A field this body does not change, refused rather than ignored; <paramref name="detail"/> says where it changes.</summary>
    public void NotHere(string field, bool sent, string detail) =>
        Check(field, sent ? detail : null);

    public void Status(string field, string? value) =>
        Check(field, value is RestaurantStatuses.Open or RestaurantStatuses.Closed ? null : $"must be {RestaurantStatuses.Open} or {RestaurantStatuses.Closed}.");

    /// <summary>A position has both coordinates or neither: lat -90 to 90, lng -180 to 180.</summary>
    public void Position(double? lat, double? lng)
    {
        Check("lat", lat is { } a && !(a is >= -90 and <= 90) ? "must be a number from -90 to 90." : null);
        Check("lng", lng is { } b && !(b is >= -180 and <= 180) ? "must be a number from -180 to 180." : null);
        Check("lat", lat is null && lng is not null ? "is required with lng: a position has both coordinates or neither." : null);
        Check("lng", lng is null && lat is not null ? "is required with lat: a position has both coordinates or neither." : null);
    }

    /// <summary>For a field a PATCH may change but not clear: true when it was sent with a value, a failure when sent as null.</summary>
    public bool Changes(string field, bool sent, object? value) =>
        sent && Check(field, value is null ? "cannot be null; leave it out to keep it." : null);

    /// <summary>
    /// The rule request bodies' strings follow, for text that comes another way (a query, a cursor): no control
    /// characters but tab and line breaks (PostgreSQL cannot even take NUL).
    /// </summary>
    public static bool IsPlainText(string text) => !text.Any(c => c is < ' ' and not ('\t' or '\n' or '\r') or '\u007f');

    /// <summary>Throws one <c>400 VALIDATION_FAILED</c> with every failure found, if any.</summary>
    public void ThrowIfAny()
    {
        if (_failures.Count > 0)
        {
            throw ApiErrors.Validation([.. _failures]);
        }
    }

    private bool Check(string field, string? detail)
    {
        if (detail is not null)
        {
            _failures.Add((field, detail));
        }

        return detail is null;
    }
}
