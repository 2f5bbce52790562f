using Microsoft.AspNetCore.Http;

namespace CampusG.Orders.Features;

/// <summary>The optional <c>Idempotency-Key</c> header (1-255 characters).</summary>
internal static class IdempotencyKey
{
    public const string Header = "Idempotency-Key";
    public const string ReplayedHeader = "Idempotent-Replayed";
    public const int MaxLength = 255;

    /// <summary>The key, or null without the header; a bad header adds a validation entry.</summary>
    public static string? Read(IHeaderDictionary headers, List<(string Field, string Detail)> failures)
    {
        if (!headers.TryGetValue(Header, out var values))
        {
            return null;
        }

        var key = values.Count == 1 ? values[0] : null;
        if (string.IsNullOrEmpty(key) || key.Length > MaxLength)
        {
            failures.Add((Header, $"must be one value of 1-{MaxLength} characters."));
            return null;
        }

        return key;
    }
}
