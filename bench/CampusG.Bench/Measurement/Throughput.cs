using System.Diagnostics;

namespace CampusG.Bench.Measurement;

internal static class Throughput
{
    /// <summary>Completions per second, leaving out the first 10 % of <paramref name="sortedCompletions"/> (the warm-up).</summary>
    public static double Steady(long[] sortedCompletions)
    {
        ArgumentNullException.ThrowIfNull(sortedCompletions);
        var skip = sortedCompletions.Length / 10;
        return sortedCompletions.Length - skip >= 2
            ? (sortedCompletions.Length - 1 - skip) / Stopwatch.GetElapsedTime(sortedCompletions[skip], sortedCompletions[^1]).TotalSeconds
            : 0;
    }
}

internal static class CommandLine
{
    /// <summary>Runs <paramref name="parse"/>; on a bad argument prints it with <paramref name="usage"/> and returns null.</summary>
    public static T? Parse<T>(Func<T> parse, string usage)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(parse);
        try
        {
            return parse();
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(usage);
            return null;
        }
    }
}
