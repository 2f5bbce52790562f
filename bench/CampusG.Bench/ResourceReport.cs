using System.Globalization;
using CampusG.Bench.Measurement;

namespace CampusG.Bench;

/// <summary>Where the time went: batch sizes, database writes and lock waits per module file, process usage.</summary>
internal static class ResourceReport
{
    public static void Print(
        TextWriter output, BenchHost host, ProcessUsage usage, int peakThreads, int chains, MachineLoad machineBefore, MachineLoad machineAfter)
    {
        output.WriteLine("### Batches and database writes");
        output.WriteLine();
        output.WriteLine("| relay of | publishes | msgs/publish avg / max | publish ms p50 / max | gap to next read ms p50 / p95 / max |");
        output.WriteLine("|---|---:|---|---|---|");
        foreach (var (type, relay) in host.Transport.Relays)
        {
            var (size, publish, gap) = (relay.BatchSizes.Summarise(), relay.PublishDurations.Summarise(), relay.Gaps.Summarise());
            output.WriteLine(
                Invariant($"| {type} | {size.Count:N0} | {size.Mean:F1} / {size.Max:F0} | {publish.P50:F1} / {publish.Max:F1} | ") +
                Invariant($"{gap.P50:F1} / {gap.P95:F1} / {gap.Max:F1} |"));
        }

        output.WriteLine();
        output.WriteLine("| database | txn commits | chain rows/commit avg | autocommit writes (p50 / max ms) | " +
            "BEGIN wait p50 / p99 / max ms | BEGIN waits ≥150 ms | COMMIT p50 / p99 ms |");
        output.WriteLine("|---|---:|---:|---|---|---:|---|");
        foreach (var probe in host.Probes)
        {
            var begin = probe.BeginWaits.Summarise();
            var commit = probe.Commits.Summarise();
            var rows = probe.RowsPerCommit.Summarise();
            var autocommit = probe.AutocommitWrites.Summarise();
            output.WriteLine(
                Invariant($"| {probe.Database} | {commit.Count:N0} | {rows.Mean:F1} | {autocommit.Count:N0} ({autocommit.P50:F1} / {autocommit.Max:F0}) | ") +
                Invariant($"{begin.P50:F2} / {begin.P99:F1} / {begin.Max:F0} | {probe.BeginWaits.CountAtLeast(150):N0} | ") +
                Invariant($"{commit.P50:F2} / {commit.P99:F2} |"));
        }

        output.WriteLine();
        output.WriteLine("### Process");
        output.WriteLine();
        output.WriteLine(Invariant(
            $"- CPU {usage.Cpu.TotalSeconds:F1} s over {usage.Wall.TotalSeconds:F1} s wall = {usage.AverageCores:F2} cores of {Environment.ProcessorCount}"));
        var machineBusy = machineAfter.BusySeconds - machineBefore.BusySeconds;
        output.WriteLine(Invariant($"- whole machine busy {machineBusy / usage.Wall.TotalSeconds:F2} cores on average, other processes ") +
            Invariant($"{(machineBusy - usage.Cpu.TotalSeconds) / usage.Wall.TotalSeconds:F2}; load average {machineBefore.LoadAverage} before, {machineAfter.LoadAverage} after"));
        output.WriteLine(Invariant($"- per chain: {usage.Cpu.TotalMilliseconds / chains:F2} ms CPU, {usage.AllocatedBytes / 1024.0 / chains:N0} KiB allocated"));
        output.WriteLine(Invariant($"- peak working set {usage.PeakWorkingSetBytes / (1024.0 * 1024):F0} MiB, allocated {usage.AllocatedBytes / (1024.0 * 1024):N0} MiB"));
        output.WriteLine(Invariant($"- GCs gen0/gen1/gen2: {usage.Gen0}/{usage.Gen1}/{usage.Gen2} (server GC: {System.Runtime.GCSettings.IsServerGC})"));
        output.WriteLine(Invariant($"- peak thread-pool threads {peakThreads}, monitor lock contentions {usage.LockContentions:N0}"));
        output.WriteLine();
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
