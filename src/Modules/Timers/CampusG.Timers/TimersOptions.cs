namespace CampusG.Timers;

/// <summary>Configuration section <c>Timers</c>.</summary>
internal sealed class TimersOptions
{
    public const string SectionName = "Timers";

    /// <summary>The longest the worker sleeps between passes when nothing wakes it sooner.</summary>
    public TimeSpan MaxWait { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Most timers fired in one transaction.</summary>
    public int BatchSize { get; set; } = 100;
}
