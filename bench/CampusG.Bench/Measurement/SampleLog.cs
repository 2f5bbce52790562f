namespace CampusG.Bench.Measurement;

/// <summary>A thread-safe list of samples (durations in milliseconds, or sizes), summarised as percentiles at the end.</summary>
internal sealed class SampleLog
{
    private readonly Lock _lock = new();
    private readonly List<double> _samples = [];

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _samples.Count;
            }
        }
    }

    public void Add(TimeSpan duration) => Add(duration.TotalMilliseconds);

    public void Add(double value)
    {
        lock (_lock)
        {
            _samples.Add(value);
        }
    }

    public int CountAtLeast(double threshold)
    {
        lock (_lock)
        {
            return _samples.Count(v => v >= threshold);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _samples.Clear();
        }
    }

    public Percentiles Summarise()
    {
        lock (_lock)
        {
            return Percentiles.Of([.. _samples]);
        }
    }
}

/// <summary>Nearest-rank percentiles of a sample.</summary>
internal sealed record Percentiles(int Count, double P50, double P95, double P99, double Max, double Mean, double Sum)
{
    public static Percentiles Of(double[] sample)
    {
        if (sample.Length == 0)
        {
            return new Percentiles(0, 0, 0, 0, 0, 0, 0);
        }

        Array.Sort(sample);
        var sum = sample.Sum();
        return new Percentiles(
            sample.Length, Rank(sample, 0.50), Rank(sample, 0.95), Rank(sample, 0.99), sample[^1], sum / sample.Length, sum);
    }

    private static double Rank(double[] sorted, double quantile) =>
        sorted[Math.Clamp((int)Math.Ceiling(quantile * sorted.Length) - 1, 0, sorted.Length - 1)];
}
