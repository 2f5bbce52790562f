using System.Globalization;

namespace CampusG.Payments;

/// <summary>Configuration section <c>Payments</c>.</summary>
internal sealed class PaymentsOptions
{
    public const string SectionName = "Payments";

    /// <summary>
    /// The waits before each retry of an authorization that failed transiently, comma-separated
    /// <see cref="TimeSpan"/>s (about 30 s in all, R-PAY-3 in docs/requirements.md). When they are used up the payment fails
    /// with PROCESSING_ERROR.
    /// </summary>
    public string RetrySchedule { get; set; } = "00:00:01,00:00:02,00:00:04,00:00:08,00:00:15";

    public IReadOnlyList<TimeSpan> RetryDelays() =>
        [.. Entries().Select(delay => TimeSpan.Parse(delay, CultureInfo.InvariantCulture))];

    public bool IsValid() =>
        Entries().All(entry => TimeSpan.TryParse(entry, CultureInfo.InvariantCulture, out var delay) && delay >= TimeSpan.Zero);

    private string[] Entries() => RetrySchedule.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
