using System.Diagnostics;

namespace CampusG.Bench.Measurement;

/// <summary>What the process spent between two samples (CPU, GCs, allocations, lock contention).</summary>
internal sealed record ProcessUsage(
    TimeSpan Cpu, TimeSpan Wall, long PeakWorkingSetBytes, int Gen0, int Gen1, int Gen2, long AllocatedBytes, long LockContentions)
{
    public double AverageCores => Cpu.TotalSeconds / Wall.TotalSeconds;

    public static Sample Take()
    {
        using var process = Process.GetCurrentProcess();
        return new Sample(
            process.TotalProcessorTime, Stopwatch.GetTimestamp(), GC.CollectionCount(0), GC.CollectionCount(1),
            GC.CollectionCount(2), GC.GetTotalAllocatedBytes(), Monitor.LockContentionCount);
    }

    public static ProcessUsage Between(Sample start, Sample end)
    {
        using var process = Process.GetCurrentProcess();
        return new ProcessUsage(
            end.Cpu - start.Cpu, Stopwatch.GetElapsedTime(start.Timestamp, end.Timestamp), process.PeakWorkingSet64,
            end.Gen0 - start.Gen0, end.Gen1 - start.Gen1, end.Gen2 - start.Gen2,
            end.Allocated - start.Allocated, end.Contentions - start.Contentions);
    }

    internal sealed record Sample(TimeSpan Cpu, long Timestamp, int Gen0, int Gen1, int Gen2, long Allocated, long Contentions);
}
