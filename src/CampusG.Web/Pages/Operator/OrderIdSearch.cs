using System.Globalization;
using CampusG.Web.Api;

namespace CampusG.Web.Pages.Operator;

/// <summary>
/// Finds the whole order id behind a short one (the last hex digits the operations pages show). The API has no search
/// by part of an id, so this looks where operators meet short ids: the newest sagas and timers.
/// </summary>
internal static class OrderIdSearch
{
    /// <summary>At least this many hex digits: fewer would match too many orders to be useful.</summary>
    public const int MinDigits = 6;

    /// <summary>A usable short id: hex digits only (dashes allowed), at least <see cref="MinDigits"/> of them.</summary>
    public static string? Normalize(string? input)
    {
        var digits = (input ?? "").Trim().TrimStart('#').Replace("-", "", StringComparison.Ordinal).ToLowerInvariant();
        return digits.Length >= MinDigits && digits.Length <= 32 && digits.All(char.IsAsciiHexDigit) ? digits : null;
    }

    /// <summary>The order ids ending in <paramref name="digits"/> among the newest sagas and timers of every state.</summary>
    public static async Task<ApiResult<IReadOnlyList<Guid>>> FindAsync(CampusApiClient api, string digits)
    {
        ArgumentNullException.ThrowIfNull(api);
        var sagas = api.ListSagasAsync(null);
        var timers = new[] { "SCHEDULED", "FIRED", "STOPPED", "CANCELLED" }.Select(api.ListTimersAsync).ToList();
        var saga = await sagas;
        var timerLists = await Task.WhenAll(timers);
        if ((saga.Problem ?? timerLists.Select(t => t.Problem).FirstOrDefault(p => p is not null)) is { } problem)
        {
            return new ApiResult<IReadOnlyList<Guid>>(null, problem);
        }

        var ids = saga.Body.Items.Select(s => Guid.TryParse(s.CorrelationId, out var id) ? id : Guid.Empty)
            .Concat(timerLists.SelectMany(t => t.Body.Items).Select(t => t.OrderId))
            .Where(id => id != Guid.Empty && id.ToString("N", CultureInfo.InvariantCulture).EndsWith(digits, StringComparison.Ordinal))
            .Distinct()
            .ToList();
        return new ApiResult<IReadOnlyList<Guid>>(ids, null);
    }
}
